# types.MethodType binds a function to an object, as attribute access does.
import types
class Counter:
    def __init__(self):
        self.n = 0
def bump(self, by=1):
    self.n += by
    return self.n
c = Counter()
m = types.MethodType(bump, c)
print(m(), m(5), m.__self__ is c, m.__func__ is bump, c.n)
c.bump = types.MethodType(bump, c)
print(c.bump(2))
print(type(m).__name__, isinstance(c.bump, types.MethodType), isinstance(bump, types.MethodType))
print(m == types.MethodType(bump, c), m == types.MethodType(bump, Counter()))
class K:
    def f(self): pass
print(K().f.__func__ is K.f, type(K().f) is types.MethodType)
bound_to_int = types.MethodType(lambda self: self * 2, 21)
print(bound_to_int())
try:
    types.MethodType(bump)
except TypeError as e:
    print(type(e).__name__)
try:
    types.MethodType(5, c)
except TypeError as e:
    print(e)
