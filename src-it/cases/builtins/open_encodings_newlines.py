import os, tempfile
d = tempfile.mkdtemp()
p = os.path.join(d, "n.txt")
with open(p, "w", encoding="latin-1", newline="") as f:
    f.write("café\r\nline2\rline3\n")
with open(p, "rb") as f:
    print(f.read())
with open(p, encoding="latin-1") as f:
    print(repr(f.read()))
with open(p, encoding="latin-1", newline="") as f:
    print(repr(f.read()))
with open(p, encoding="latin-1", newline="\r\n") as f:
    print(f.readlines())
with open(p, "w", encoding="utf-16") as f:
    f.write("ab")
with open(p, "rb") as f:
    print(f.read())
with open(p, "w", encoding="utf-8", newline="\r\n") as f:
    f.write("x\ny\n")
with open(p, "rb") as f:
    print(f.read())
os.remove(p)
os.rmdir(d)
