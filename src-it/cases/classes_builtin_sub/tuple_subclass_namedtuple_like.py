# A namedtuple-like tuple subclass with fields, defaults in __new__, _replace and __getattr__.
class Record(tuple):
    _fields = ("name", "age")
    def __new__(cls, name, age=0):
        return super().__new__(cls, (name, age))
    def __getattr__(self, attr):
        if attr in self._fields:
            return self[self._fields.index(attr)]
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {attr!r}")
    def _replace(self, **kw):
        values = dict(zip(self._fields, self))
        values.update(kw)
        return type(self)(**values)
    def __repr__(self):
        return f"Record(name={self.name!r}, age={self.age!r})"
r = Record("ann", 30)
print(r, r.name, r.age, r._replace(age=31), Record("bob"))
print(r == ("ann", 30), r < Record("bob"), sorted([Record("z"), Record("a", 5)]))
try:
    r.height
except AttributeError as e:
    print(e)
name, age = r
print(name, age, r + (1,), type(r + (1,)).__name__, r[::-1])
print(hash(r) == hash(("ann", 30)), {r: 1}[("ann", 30)])
