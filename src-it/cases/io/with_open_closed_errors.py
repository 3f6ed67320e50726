# A with block closes the file; operations on closed files raise ValueError with CPython's words.
import os, tempfile

d = tempfile.mkdtemp()
p = os.path.join(d, "c.txt")
with open(p, "w") as f:
    print(f.closed, f.name == p, f.mode, f.encoding)
print(f.closed)
for call in (lambda: f.write("x"), lambda: f.read(), f.flush, f.tell, lambda: f.seek(0), lambda: next(iter(f))):
    try:
        call()
    except ValueError as e:
        print("ValueError", e)
b = open(p, "rb")
b.close()
b.close()
for name in ("read", "readline", "peek", "tell", "fileno", "flush"):
    try:
        getattr(b, name)()
    except ValueError as e:
        print(name, "ValueError", e)
w = open(p, "wb")
w.close()
for name in ("flush", "tell"):
    try:
        getattr(w, name)()
    except ValueError as e:
        print(name, "ValueError", e)
try:
    w.write(b"x")
except ValueError as e:
    print("write ValueError", e)
try:
    with open(p) as g:
        raise RuntimeError("inside")
except RuntimeError as e:
    print(e, g.closed)
os.remove(p)
os.rmdir(d)
