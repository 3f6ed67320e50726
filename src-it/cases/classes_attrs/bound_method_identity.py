# Bound methods are made on each access; attributes and calls
class A:
    def f(self, *args, **kw):
        return (type(self).__name__, args, kw)
a = A()
m1, m2 = a.f, a.f
print(m1 is m2, m1 == m2, m1.__func__ is m2.__func__)
print(m1(1, k=2))
print(A.f(a, 3))
unbound = A.f
print(type(unbound).__name__, unbound.__qualname__)
print(m1.__name__, m1.__module__, m1.__defaults__, m1.__code__.co_name)
class B:
    def __eq__(self, other):
        return True
    __hash__ = None
    def g(self): pass
b1, b2 = B(), B()
print(b1.g == b2.g, b1.g == b1.g)
try:
    hash(b1.g)
except TypeError as e:
    print(e)
m = b1.g
print(m.__self__ is b1)
