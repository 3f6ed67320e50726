# setrecursionlimit checks its argument as CPython does.
import sys

old = sys.getrecursionlimit()
sys.setrecursionlimit(200)
print(sys.getrecursionlimit())
for bad in ('x', 1.5, 0, -5, 2**70):
    try:
        sys.setrecursionlimit(bad)
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
sys.setrecursionlimit(old)
print(sys.getrecursionlimit() == old)
for call in (lambda: sys.getrecursionlimit(1), lambda: sys.setrecursionlimit()):
    try:
        call()
    except TypeError as e:
        print(e)
