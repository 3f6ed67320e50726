import os, tempfile
d = tempfile.mkdtemp()
missing = os.path.join(d, "missing.txt")
try:
    open(missing)
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename == missing)
for mode in ("rw", "x+b+", "z"):
    try:
        open(missing, mode)
    except ValueError as e:
        print(e)
try:
    open(missing, "rb", encoding="utf-8")
except ValueError as e:
    print(e)
p = os.path.join(d, "bad.txt")
with open(p, "wb") as f:
    f.write(b"ok\xff")
try:
    with open(p, encoding="utf-8") as f:
        f.read()
except UnicodeDecodeError as e:
    print(e)
with open(p, encoding="utf-8", errors="replace") as f:
    print(repr(f.read()))
f = open(p, "rb")
f.close()
try:
    f.read()
except ValueError as e:
    print(e)
os.remove(p)
os.rmdir(d)
