# Reading with each newline mode: translation, line splitting and f.newlines.
import os, tempfile

d = tempfile.mkdtemp()
p = os.path.join(d, "nl.txt")
with open(p, "wb") as f:
    f.write(b"unix\nwindows\r\nmac\rlast")
for newline in (None, "", "\n", "\r", "\r\n"):
    with open(p, encoding="ascii", newline=newline) as f:
        lines = f.readlines()
        print(repr(newline), lines, f.newlines)
with open(p, encoding="ascii") as f:
    print(repr(f.read()), f.newlines)
with open(p, encoding="ascii", newline="") as f:
    print(repr(f.read()))
with open(p, "wb") as f:
    f.write(b"only\r\nwindows\r\n")
with open(p, encoding="ascii") as f:
    print(f.readlines(), repr(f.newlines))
os.remove(p)
os.rmdir(d)
