# property: getter, setter, deleter, doc and the copies they make
class Temp:
    def __init__(self):
        self._c = 0
    @property
    def celsius(self):
        "Temperature in Celsius."
        print("get")
        return self._c
    @celsius.setter
    def celsius(self, v):
        print("set", v)
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("delete")
        del self._c
t = Temp()
t.celsius = 5
print(t.celsius)
del t.celsius
print(hasattr(t, "_c"))
p = Temp.__dict__["celsius"]
print(p.__doc__, p.fget.__name__, p.fset.__name__, p.fdel.__name__)
print(type(p).__name__, isinstance(p, property))
q = property(lambda s: 1)
r = q.setter(lambda s, v: None)
print(q is r, q.fset, r.fset is not None)
print(property().fget, property().__doc__)
x = property(doc="just doc")
print(x.__doc__)
print(property(len, None, None, "explicit").__doc__)
def g(self):
    "from getter"
print(property(g).__doc__, property(g, doc="override").__doc__)
print(property(g).getter(lambda s: 0).__doc__, property(g).setter(len).__doc__)
