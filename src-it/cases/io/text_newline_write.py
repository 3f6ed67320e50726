# Writing with each newline mode: what "\n" becomes in the file.
import os, tempfile

d = tempfile.mkdtemp()
p = os.path.join(d, "nl.txt")
for newline in (None, "", "\n", "\r", "\r\n"):
    with open(p, "w", encoding="ascii", newline=newline) as f:
        f.write("a\nb\r\nc\rd\n")
    with open(p, "rb") as f:
        print(repr(newline), f.read())
os.remove(p)
os.rmdir(d)
