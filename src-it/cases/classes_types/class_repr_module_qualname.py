# repr of classes, instances and the object default repr pieces
class A: pass
class B:
    class C: pass
print(repr(A), str(A), repr(B.C))
r = repr(A())
print(r.startswith("<__main__.A object at 0x"), r.endswith(">"))
r = repr(B.C())
print(r.startswith("<__main__.B.C object at 0x"))
A.__qualname__ = "Other"
print(repr(A))
A.__module__ = None
print(repr(A))
class M:
    __module__ = 5
print(repr(M))
print(repr(int), repr(type), repr(object), str(type(None)))
print(format(A, ""), f"{B.C!r}")
