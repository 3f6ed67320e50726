# Text files: write, read back whole / by line / by iteration, append, and what write returns.
import os, tempfile

d = tempfile.mkdtemp()
p = os.path.join(d, "notes.txt")
with open(p, "w", encoding="utf-8") as f:
    print(f.write("first line\n"), f.write("zweite Zeile: \u00e4\u00f6\u00fc\n"))
    f.writelines(["third\n", "fourth"])
with open(p, encoding="utf-8") as f:
    print(repr(f.read()))
with open(p, encoding="utf-8") as f:
    print(repr(f.readline()), repr(f.readline(4)), repr(f.readline()))
    print(f.readlines())
with open(p, "a", encoding="utf-8") as f:
    print(f.write(" and more\n"))
with open(p, encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        print(n, repr(line))
with open(p, encoding="utf-8") as f:
    print(f.readlines(15))
with open(p, "r+", encoding="utf-8") as f:
    f.write("FIRST")
    f.seek(0)
    print(repr(f.readline()))
print(os.path.getsize(p))
os.remove(p)
os.rmdir(d)
