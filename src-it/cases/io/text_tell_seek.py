# tell() and seek() on text files: positions are bytes while the decoder is at a boundary.
import os, tempfile

d = tempfile.mkdtemp()
p = os.path.join(d, "t.txt")
with open(p, "w", encoding="utf-8") as f:
    f.write("h\u00e9llo\nw\u00f6rld\nlast\n")
with open(p, encoding="utf-8") as f:
    print(f.tell(), repr(f.readline()), f.tell(), repr(f.read(3)), f.tell())
    mark = f.tell()
    rest = f.read()
    f.seek(mark)
    print(f.read() == rest, f.seek(0, 2), f.tell())
    for args in ((1, 1), (1, 2), (-1,), (0, 3)):
        try:
            f.seek(*args)
        except (OSError, ValueError) as e:
            print(type(e).__name__, e)
with open(p, encoding="utf-8") as f:
    for line in f:
        try:
            f.tell()
        except OSError as e:
            print(e)
        break
with open(p, "w", encoding="ascii", newline="") as f:
    f.write("a\r\nb\rc\n")
with open(p, encoding="ascii") as f:
    print(repr(f.read(1)), f.tell(), repr(f.read(1)), f.tell())
    here = f.tell()
    rest = f.read()
    f.seek(here)
    print(repr(rest), f.read() == rest)
os.remove(p)
os.rmdir(d)
