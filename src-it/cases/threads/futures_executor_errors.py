# Constructor and submit errors of ThreadPoolExecutor; a failing initializer breaks the pool.
import sys
from concurrent.futures import ThreadPoolExecutor, BrokenExecutor
from concurrent.futures.thread import BrokenThreadPool

for kwargs in ({"max_workers": 0}, {"max_workers": -1}, {"initializer": 5}):
    try:
        ThreadPoolExecutor(**kwargs)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)


class Capture:
    text = ""

    def write(self, s):
        Capture.text += s

    def flush(self):
        pass


def bad_init(x):
    raise ValueError(f"init {x}")


sys.stderr = Capture()
ex = ThreadPoolExecutor(1, initializer=bad_init, initargs=(7,))
f = ex.submit(len, "abc")
try:
    f.result(timeout=30)
except BrokenExecutor as e:
    print(type(e).__name__, e)
sys.stderr = sys.__stderr__
lines = Capture.text.splitlines()
print(lines[0], lines[-1])
try:
    ex.submit(len, "x")
except BrokenThreadPool as e:
    print("BrokenThreadPool:", e)
print(issubclass(BrokenThreadPool, BrokenExecutor), issubclass(BrokenExecutor, RuntimeError))
ex.shutdown()
