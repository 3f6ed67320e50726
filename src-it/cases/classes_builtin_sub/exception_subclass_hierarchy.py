# User exception hierarchies: except order, subclasses of builtin exceptions, OSError errno.
class Base(Exception): pass
class Child(Base): pass
class Grand(Child, LookupError): pass
for cls in [Base, Child, Grand]:
    try:
        raise cls("x")
    except Grand:
        print(cls.__name__, "caught as Grand")
    except Child:
        print(cls.__name__, "caught as Child")
    except Base:
        print(cls.__name__, "caught as Base")
print([c.__name__ for c in Grand.__mro__])
try:
    raise Grand("lookup")
except LookupError as e:
    print("LookupError caught", type(e).__name__)
class MyOSError(OSError): pass
e = MyOSError(2, "No such file")
print(e.errno, e.strerror, str(e), type(e).__name__)
class MyKey(KeyError): pass
try:
    {}["x"]
except KeyError as e:
    print(type(e).__name__)
try:
    raise MyKey("k")
except LookupError as e:
    print(type(e).__name__, e)
class MyStop(StopIteration): pass
def gen():
    yield 1
    raise MyStop
try:
    print(list(gen()))
except RuntimeError as e:
    print("RuntimeError", e, type(e.__cause__).__name__)
