# str() and repr() of exception subclasses with 0, 1, 2 args, custom __str__/__repr__, and in tracebacks of chained errors.
class E(Exception): pass
class WithStr(Exception):
    def __str__(self): return "custom str"
class WithRepr(Exception):
    def __repr__(self): return "CustomRepr()"
for exc in [E(), E("one"), E("a", 2), E(None), WithStr("x"), WithRepr("y"), KeyError("k"), KeyError(), KeyError(1, 2)]:
    print(type(exc).__name__, "|", str(exc), "|", repr(exc))
try:
    try:
        raise E("inner")
    except E as inner:
        raise WithStr("outer") from inner
except WithStr as outer:
    print(repr(outer.__cause__), outer.__suppress_context__, str(outer))
class Args(Exception):
    def __init__(self, a, b=2):
        super().__init__(a, b)
print(Args(1).args, str(Args(1)), repr(Args(1, b=3)))
