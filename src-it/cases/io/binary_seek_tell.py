# Binary files: read sizes, seek with each whence, tell, read1, peek, readinto, r+b and truncate.
import os, tempfile

d = tempfile.mkdtemp()
p = os.path.join(d, "data.bin")
with open(p, "wb") as f:
    print(f.write(bytes(range(20))), f.tell())
    print(f.seek(5), f.write(b"\xff\xfe"), f.tell(), f.seek(0, 2))
with open(p, "rb") as f:
    print(f.read(3), f.tell(), f.read1(2), f.peek(1)[:1], f.tell())
    print(f.seek(-4, 2), f.read(), f.read(), f.tell())
    print(f.seek(2), f.seek(3, 1), f.read(2), f.seek(-1, 1), f.read(1))
    buf = bytearray(4)
    print(f.seek(0), f.readinto(buf), buf)
    print(f.readline(), len(f.read(100)))
with open(p, "r+b") as f:
    f.seek(10)
    f.write(b"XY")
    print(f.read(2), f.tell())
    print(f.truncate(15), f.tell())
    f.seek(0)
    print(f.read())
with open(p, "ab") as f:
    print(f.tell(), f.write(b"end"), f.tell())
with open(p, "rb", buffering=0) as f:
    print(type(f).__name__, f.read(4), f.readall()[-5:])
for args in ((-1,), (0, 7)):
    with open(p, "rb") as f:
        try:
            print(f.seek(*args))
        except (OSError, ValueError) as e:
            print(type(e).__name__, e)
os.remove(p)
os.rmdir(d)
