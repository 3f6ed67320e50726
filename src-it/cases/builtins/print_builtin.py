print("a", "b", "c")
print("a", "b", sep="-")
print("no newline", end="")
print(" continued", end="!\n")
print()
print(1, 2.5, None, [1], sep="")
print(*range(5), sep=", ")
import sys
print("to stderr", file=sys.stderr)
print("to stdout", file=sys.stdout, flush=True)
print("x", sep=None, end=None)
try:
    print("x", sep=5)
except TypeError as e:
    print(e)
