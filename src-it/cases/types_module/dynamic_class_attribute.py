# types.DynamicClassAttribute: an instance attribute that is absent on the class.
import types
class Thing:
    def __init__(self, k):
        self._k = k
    @types.DynamicClassAttribute
    def kind(self):
        "The kind of this thing."
        return f"instance kind {self._k}"
t = Thing("a")
print(t.kind, hasattr(Thing, "kind"), "kind" in Thing.__dict__)
print(Thing.__dict__["kind"].__doc__)
try:
    t.kind = "x"
except AttributeError as e:
    print(e)
try:
    del t.kind
except AttributeError as e:
    print(e)
class Settable:
    def _get(self): return self._v
    def _set(self, v): self._v = v * 2
    v = types.DynamicClassAttribute(_get, _set, doc="doubled")
s = Settable()
s.v = 4
print(s.v, Settable.__dict__["v"].__doc__)
try:
    Settable.v
except AttributeError as e:
    print("AttributeError", repr(e))
class WithSetter:
    @types.DynamicClassAttribute
    def p(self): return self._p
    @p.setter
    def p(self, value): self._p = value
w = WithSetter()
w.p = 9
print(w.p)
