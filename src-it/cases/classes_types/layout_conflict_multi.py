# Multiple inheritance with incompatible instance layouts
def attempt(name, *bases):
    try:
        t = type(name, bases, {})
        print(name, "ok", [c.__name__ for c in t.__mro__])
    except TypeError as e:
        print(name, e)
class S1:
    __slots__ = ("a",)
class S2:
    __slots__ = ("b",)
class S3(S1):
    __slots__ = ("c",)
class Empty:
    __slots__ = ()
class P: pass
attempt("X1", S1, S2)
attempt("X2", S1, S3)
attempt("X3", S3, S1)
attempt("X4", S1, Empty)
attempt("X5", S1, P)
attempt("X6", int, S1)
attempt("X7", dict, list)
attempt("X8", Exception, list)
attempt("X9", ValueError, KeyError)
attempt("X10", tuple, P)
attempt("X11", int, bool.__base__)
attempt("X12", str, bytes)
attempt("X13", S1, dict)
