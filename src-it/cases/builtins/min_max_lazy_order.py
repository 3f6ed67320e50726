# min() and max() read their iterable one item at a time, calling key as each item comes; errors as CPython's.
def g():
    for v in (3, 1, 2):
        print("yield", v)
        yield v
def k(v):
    print("key", v)
    return -v
print(min(g(), key=k), max(g()), min([], default="d"), max(1, 5, 3, key=lambda v: v % 5), min((1, 1.0, True)))
try:
    min(1, 2, default=0)
except TypeError as e: print(e)
try:
    max([])
except ValueError as e: print(e)
try:
    min([1, "a"])
except TypeError as e: print(e)
print(sum([[1], [2]], []), sum(x * 0.5 for x in range(4)))
try:
    sum([1, "a"])
except TypeError as e: print(e)
print(any([]), all([]), any(iter([0, 0, 1])), all(x < 3 for x in range(5)))
