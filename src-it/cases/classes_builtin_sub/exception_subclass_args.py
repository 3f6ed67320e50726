# Exception subclasses: __init__ and args, str/repr, extra attributes, __str__ override.
class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(f"[{code}] {msg}")
        self.code = code
e = AppError(404, "missing")
print(e, repr(e), e.args, e.code, str(e))
class NoSuper(Exception):
    def __init__(self, a, b):
        self.a = a
n = NoSuper(1, 2)
print(repr(n), n.args, str(n))
class Custom(ValueError):
    def __str__(self):
        return "custom text"
c = Custom("ignored", 2)
print(c, repr(c), c.args)
class Keyed(KeyError): pass
print(str(Keyed("k")), repr(Keyed("k")), str(KeyError("k")))
class Multi(Exception): pass
print(str(Multi()), str(Multi(1)), str(Multi(1, 2)), repr(Multi()), repr(Multi("a", 2)))
try:
    raise AppError(500, "boom")
except Exception as err:
    print(type(err).__name__, err, isinstance(err, Exception))
class WithNew(Exception):
    def __new__(cls, *args):
        obj = super().__new__(cls, *args)
        obj.created = True
        return obj
w = WithNew("x")
print(w.created, w.args)
e.args = ("replaced",)
print(e, e.args)
