# __slots__ on subclasses of builtins: empty slots are fine; int/bytes/tuple refuse non-empty ones.
for base in [int, bytes, tuple]:
    try:
        class S(base):
            __slots__ = ("a",)
        print(base.__name__, "accepted")
    except TypeError as e:
        print(e)
class Empty(int):
    __slots__ = ()
print(Empty(5) + 1, type(Empty(5)).__name__)
class L(list):
    __slots__ = ("tag",)
l = L([1])
l.tag = "t"
print(l, l.tag, L.tag.__class__.__name__)
