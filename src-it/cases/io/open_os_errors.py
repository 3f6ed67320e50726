# OSError subclasses from open() and os functions: errno, strerror, filename and str().
import errno, os, tempfile

d = tempfile.mkdtemp()
missing = os.path.join(d, "missing.txt")
existing = os.path.join(d, "there.txt")
open(existing, "w").close()
attempts = [
    lambda: open(missing),
    lambda: open(d),
    lambda: open(d, "w"),
    lambda: open(existing, "x"),
    lambda: open(os.path.join(missing, "x"), "w"),
    lambda: os.remove(missing),
    lambda: os.mkdir(d),
    lambda: os.rmdir(existing),
    lambda: os.listdir(existing),
    lambda: os.rename(missing, existing),
]
for attempt in attempts:
    try:
        attempt()
    except OSError as e:
        print(type(e).__name__, e.errno, errno.errorcode[e.errno], e.strerror, len(e.args), isinstance(e, OSError))
        print(" ", str(e).replace(d, "<dir>"), e.filename.replace(d, "<dir>"))
e = OSError(2, "No such file or directory", "f.txt")
print(type(e).__name__, e, e.args, repr(e))
print(type(OSError(13, "x")).__name__, type(OSError(17, "x")).__name__, type(OSError(99999, "x")).__name__)
print(OSError(1, "x", "a", None, "b"), IOError is OSError, EnvironmentError is OSError)
os.remove(existing)
os.rmdir(d)
