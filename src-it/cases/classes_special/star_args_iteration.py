# f(*obj) iterates obj with __iter__ (or __getitem__); the error for a non-iterable.
class Three:
    def __iter__(self):
        print("iter"); return iter([1, 2, 3])
def f(*args): return args
print(f(*Three()), f(0, *Three(), 4), [*Three()], (*Three(),), {*Three()})
class ByIndex:
    def __getitem__(self, i):
        if i >= 2: raise IndexError
        return i * 10
print(f(*ByIndex()), [*ByIndex(), *ByIndex()])
for bad in [5, None, object()]:
    try:
        f(*bad)
    except TypeError as e:
        print(e)
    try:
        [*bad]
    except TypeError as e:
        print(e)
a, *rest = Three()
print(a, rest)
try:
    x, y = Three()
except ValueError as e:
    print(e)
