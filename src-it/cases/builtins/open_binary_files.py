import os, tempfile
d = tempfile.mkdtemp()
p = os.path.join(d, "b.bin")
with open(p, "wb") as f:
    f.write(bytes(range(10)))
    f.write(bytearray(b"\xff\xfe"))
with open(p, "rb") as f:
    print(f.read(3), f.tell(), f.read(), f.read())
    f.seek(5)
    print(f.read(2), f.seek(0, 2))
with open(p, "r+b") as f:
    f.write(b"XY")
with open(p, "rb") as f:
    print(f.read())
print(os.path.getsize(p))
os.remove(p)
os.rmdir(d)
