# types.SimpleNamespace: attributes from keywords, repr, equality, mutation.
import types
ns = types.SimpleNamespace(a=1, b="two")
print(ns, ns.a, ns.b)
ns.c = [3]
del ns.a
print(ns, vars(ns), sorted(ns.__dict__))
print(ns == types.SimpleNamespace(b="two", c=[3]), ns != types.SimpleNamespace())
print(types.SimpleNamespace(), repr(types.SimpleNamespace(x=types.SimpleNamespace(y=1))))
try:
    types.SimpleNamespace(1)
except TypeError as e:
    print(e)
try:
    hash(ns)
except TypeError as e:
    print(e)
try:
    ns.zzz
except AttributeError as e:
    print(e)
class Point(types.SimpleNamespace):
    pass
print(Point(x=1, y=2), isinstance(Point(), types.SimpleNamespace))
ns.self = ns
print(ns)
d = {"k": 1}
print(types.SimpleNamespace(**d).k)
