import os, tempfile
d = tempfile.mkdtemp()
p = os.path.join(d, "t.txt")
with open(p, "w", encoding="utf-8") as f:
    print(f.write("héllo\nworld\n"), f.mode, f.closed, f.encoding)
print(f.closed)
with open(p, encoding="utf-8") as f:
    print(repr(f.read()))
with open(p, encoding="utf-8") as f:
    print(f.readline(), end="")
    print(f.readlines())
with open(p, "a", encoding="utf-8") as f:
    f.write("appended")
with open(p, encoding="utf-8") as f:
    print([line.rstrip("\n") for line in f])
with open(p, "rb") as f:
    print(f.read())
os.remove(p)
os.rmdir(d)
