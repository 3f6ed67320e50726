# print(): sep, end, file= any object with write, flush=True calling flush, sys.stdout set to None.
import sys


class Recorder:
    def __init__(self):
        self.calls = []

    def write(self, s):
        self.calls.append(s)
        return len(s)

    def flush(self):
        self.calls.append("<flush>")


r = Recorder()
print("a", 1, [2], file=r)
print("b", "c", sep="-", end="!", file=r, flush=True)
print(file=r)
print(r.calls)
print("x", "y", sep=None, end=None)
print("shown", flush=True)
for kwargs in ({"sep": 5}, {"end": b""}, {"file": 5}, {"bogus": 1}):
    try:
        print("z", **kwargs)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
saved = sys.stdout
sys.stdout = None
print("goes nowhere")
sys.stdout = saved
print("back", file=sys.stderr)
print("done")
