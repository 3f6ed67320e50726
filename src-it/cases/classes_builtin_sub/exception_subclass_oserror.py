# OSError subclasses: errno mapping for OSError itself only; attributes and str of subclasses.
class MyOSError(OSError):
    pass
e = OSError(2, "No such file or directory")
print(type(e).__name__, e.errno, e.strerror, e)
m = MyOSError(2, "No such file or directory", "path.txt")
print(type(m).__name__, m.errno, m.filename, m, m.args)
print(type(OSError(13, "denied")).__name__, type(OSError(99999, "x")).__name__, type(OSError("plain")).__name__)
class MyFNF(FileNotFoundError):
    def __init__(self, name):
        super().__init__(2, "missing", name)
f = MyFNF("x.cfg")
print(f, f.filename, isinstance(f, OSError), f.errno)
try:
    raise MyFNF("y")
except OSError as err:
    print(type(err).__name__, err)
print(str(OSError()), repr(OSError(1)), str(OSError(1, 2, 3, 4, 5, 6)))
