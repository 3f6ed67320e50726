# The errors argument of text files, on reading and writing, and the UnicodeError details.
import os, tempfile

d = tempfile.mkdtemp()
p = os.path.join(d, "bad.txt")
with open(p, "wb") as f:
    f.write(b"ok \xff\xfe end\n")
for errors in ("strict", "replace", "ignore", "backslashreplace", "surrogateescape"):
    try:
        with open(p, encoding="utf-8", errors=errors) as f:
            print(errors, ascii(f.read()), f.errors)
    except UnicodeDecodeError as e:
        print(errors, type(e).__name__, e)
        print(e.encoding, e.start, e.end, e.reason, e.object)
for errors in ("strict", "replace", "ignore", "backslashreplace", "xmlcharrefreplace", "namereplace"):
    try:
        with open(p, "w", encoding="ascii", errors=errors) as f:
            f.write("na\u00efve \u2603\n")
        with open(p, "rb") as f:
            print(errors, f.read())
    except UnicodeEncodeError as e:
        print(errors, type(e).__name__, e)
try:
    open(p, encoding="no-such-codec")
except LookupError as e:
    print(type(e).__name__, e)
with open(p, "w", encoding="utf-8", errors="surrogateescape") as f:
    f.write("a\udcff\n")
with open(p, "rb") as f:
    print(f.read())
os.remove(p)
os.rmdir(d)
