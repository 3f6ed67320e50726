# map(timeout=): a TimeoutError from the iterator; the calls not yet started are cancelled.
import threading
from concurrent.futures import ThreadPoolExecutor, TimeoutError

gate = threading.Event()
ran = []


def task(x):
    if x == 0:
        gate.wait()
    ran.append(x)
    return x


ex = ThreadPoolExecutor(1)
results = ex.map(task, range(4), timeout=0.05)
try:
    print(list(results))
except TimeoutError:
    print("TimeoutError")
gate.set()
ex.shutdown(wait=True)
print(ran)
