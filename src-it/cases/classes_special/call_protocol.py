# Instances with __call__; arguments passed through; non-callables' errors.
class Adder:
    def __init__(self, n): self.n = n
    def __call__(self, x, *rest, scale=1, **kw):
        return (self.n + x) * scale, rest, kw
a = Adder(10)
print(a(1), a(1, 2, 3, scale=2, z=0))
print(callable(a), callable(Adder), callable(1))
try:
    a()
except TypeError as e:
    print(e)
for obj in [1, "s", None, [], object()]:
    try:
        obj()
    except TypeError as e:
        print(e)
class Later: pass
l = Later()
Later.__call__ = lambda self, *a: ("late", a)
print(l(1, 2), callable(l))
del Later.__call__
try:
    l()
except TypeError as e:
    print(e)
l.__call__ = lambda: "instance attr"
try:
    l()
except TypeError as e:
    print(e)
