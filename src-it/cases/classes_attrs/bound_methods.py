# Bound methods: __self__, __func__, equality, hash, repr
class A:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return f"A({self.n})"
    def f(self):
        return self.n
    def __eq__(self, other):
        return isinstance(other, A) and self.n == other.n
    __hash__ = object.__hash__
a1, a2 = A(1), A(1)
m = a1.f
print(m(), m.__self__, m.__func__ is A.f, m.__name__, m.__qualname__, m.__doc__)
print(repr(m))
print(a1.f == a1.f, a1.f is a1.f, a1.f == a2.f, a1.f != a2.f)
print(hash(a1.f) == hash(a1.f))
print(type(m).__name__, m.__func__.__qualname__)
class B(A): pass
b = B(3)
print(repr(b.f))
print(b.f == b.f, b.f == a1.f)
mt = type(m)(lambda self: self.n * 10, a1)
print(mt(), repr(mt).startswith("<bound method <lambda> of A(1)>"))
try:
    m.__self__ = None
except AttributeError as e:
    print("AttributeError", e)
try:
    m.x = 1
except AttributeError as e:
    print(e)
A.f.x = "func attr"
print(m.x)
