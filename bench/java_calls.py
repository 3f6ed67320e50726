"""Java method calls from a Python loop next to the same loop calling Python; see bench/README.md.

Run by bench/java-calls (Krait only: CPython has no Java). Each loop runs N times per pass; the
best of the passes after the warm-up is reported, in nanoseconds of the thread's CPU time per
iteration (steadier than wall time on a shared machine; the pool of the GIL has no other thread).
"""
import sys
import time
from java.lang import Math
from java.util import ArrayList
from java.util.concurrent.atomic import AtomicInteger

N = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
PASSES = int(sys.argv[2]) if len(sys.argv) > 2 else 7


def py_max(a, b):
    return a if a > b else b


class Box:
    def __init__(self):
        self.items = [1, 2, 3]

    def size(self):
        return 3

    def get(self):
        return 7


def loop_python_function(n):
    for i in range(n):
        py_max(i, 3)


def loop_java_static(n):
    for i in range(n):
        Math.max(i, 3)


def loop_python_method(n):
    box = Box()
    for i in range(n):
        box.size()


def loop_java_method(n):
    lst = ArrayList([1, 2, 3])
    for i in range(n):
        lst.size()


def loop_java_method_unlocked(n):
    counter = AtomicInteger(7)
    for i in range(n):
        counter.get()


def loop_empty(n):
    for i in range(n):
        pass


def best(f):
    times = []
    for _ in range(PASSES):
        start = time.thread_time()
        f(N)
        times.append(time.thread_time() - start)
    return min(times[2:]) / N * 1e9


def main():
    empty = best(loop_empty)
    rows = [
        ("Python function py_max(i, 3)", best(loop_python_function)),
        ("Java static Math.max(i, 3)", best(loop_java_static)),
        ("Python method box.size()", best(loop_python_method)),
        ("Java method ArrayList.size(), GIL kept", best(loop_java_method)),
        ("Java method AtomicInteger.get(), GIL released", best(loop_java_method_unlocked)),
    ]
    print(f"{N:,} iterations per pass, best of {PASSES - 2} passes after 2 warm-up passes, thread CPU time; empty loop {empty:.1f} ns")
    for name, ns in rows:
        print(f"{name:48} {ns:7.1f} ns/iteration  {ns - empty:7.1f} ns/call")
    f, s, m, j, u = (ns - empty for _, ns in rows)
    print(f"Java static / Python function: {s / f:.2f}x; Java method / Python method: {j / m:.2f}x; "
          f"GIL released / kept: {u / j:.2f}x")


main()
