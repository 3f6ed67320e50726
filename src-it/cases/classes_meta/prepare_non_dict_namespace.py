# A class namespace from __prepare__ that is not a dict, and exec/eval with a mapping as locals.
class M:
    def __init__(s): s.d = {}
    def __getitem__(s, k): return s.d[k]
    def __setitem__(s, k, v): print('set', k, v if not callable(v) else type(v).__name__); s.d[k] = v
    def __delitem__(s, k): print('del', k); del s.d[k]
    def keys(s): return list(s.d)
m = M()
exec('x = 1\ny = x + 1\ndel x\nprint(sorted(dir()))', {}, m)
print(m.d)
print(eval('y * 10', {}, m))
for bad in (5, 'abc'):
    try:
        exec('1', {}, bad)
    except TypeError as e:
        print(e)
try:
    eval('1', {}, 5)
except TypeError as e:
    print(e)
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        return M()
    def __new__(mcls, name, bases, ns, **kw):
        return super().__new__(mcls, name, bases, dict(ns.d))
class C(metaclass=Meta):
    a: int = 3
    b = a + 1
    def f(self): return self.b
    print(sorted(dir()))
print(C.b, C().f(), C.__annotations__, C.__orig_bases__ if hasattr(C, '__orig_bases__') else None)
def outer():
    v = 'cell'
    class K(metaclass=Meta):
        w = v
    return K.w
print(outer())
