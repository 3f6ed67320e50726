# SimpleNamespace subclasses, comparison with other namespaces, and keyword construction.
import types
class Config(types.SimpleNamespace):
    def get(self, name, default=None):
        return getattr(self, name, default)
c = Config(debug=True, level=2)
print(c, c.get("debug"), c.get("missing", "dflt"), type(c).__name__)
print(c == types.SimpleNamespace(debug=True, level=2), types.SimpleNamespace(a=1) == Config(a=1))
print(types.SimpleNamespace(a=1) == {"a": 1}, sorted(vars(c).items()))
ns = types.SimpleNamespace(**{"key with space": 1, "x": 2})
print(ns, getattr(ns, "key with space"))
ns2 = types.SimpleNamespace(a=[1])
ns2.a.append(2)
print(ns2, repr(types.SimpleNamespace(s="q")))
class Repr(types.SimpleNamespace):
    def __repr__(self):
        return "Repr!"
print(Repr(a=1), [Repr()])
