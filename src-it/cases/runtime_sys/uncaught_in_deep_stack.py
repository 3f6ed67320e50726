import sys
def f(n):
    if n == 0:
        raise LookupError("bottom of the stack")
    return f(n - 1)
f(5)
