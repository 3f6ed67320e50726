# hasattr and getattr with a default: a missing name, a property raising AttributeError or
# another error, __getattr__, str subclasses as names, __slots__ and builtin objects.
class P:
    @property
    def boom(self):
        raise AttributeError("inner")
    @property
    def other(self):
        raise ValueError("v")
p = P()
print(hasattr(p, "boom"), getattr(p, "boom", "dflt"))
try:
    hasattr(p, "other")
except ValueError as e:
    print("ValueError", e)
class G:
    def __getattr__(self, n):
        return n * 2
print(hasattr(G(), "ab"), getattr(G(), "cd", None))
class S(str): pass
print(hasattr(p, S("boom")), hasattr(1, "real"), hasattr(1, "nope"), getattr(object(), "x", 5))
class D:
    __slots__ = ("a",)
d = D()
print(hasattr(d, "a"), getattr(d, "a", "unset"))
d.a = 3
print(hasattr(d, "a"), hasattr(d, "__dict__"), hasattr(P, "boom"))
import types
ns = types.SimpleNamespace(q=1)
print(hasattr(ns, "q"), hasattr(ns, "z"))
