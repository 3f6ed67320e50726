import sys
def runaway(n):
    return runaway(n + 1)
def depth(n):
    try:
        return depth(n + 1)
    except RecursionError:
        return n
print(sys.getrecursionlimit())
try:
    runaway(0)
except RecursionError as e:
    print("default limit:", e)
sys.setrecursionlimit(100000)
print(sys.getrecursionlimit())
try:
    runaway(0)
except RecursionError as e:
    print("raised limit:", e)
print(depth(0) > 90000)
sys.setrecursionlimit(1000)
print(sys.getrecursionlimit(), depth(0) > 900)
for bad in (0, -5, 10**100):
    try:
        sys.setrecursionlimit(bad)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
