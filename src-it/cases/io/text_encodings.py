# Text files in several encodings: the bytes written (byte-order marks included) and read back.
import os, tempfile

d = tempfile.mkdtemp()
p = os.path.join(d, "enc.txt")
text = "caf\u00e9 \u20ac\n"
for encoding in ("utf-8", "utf-8-sig", "latin-1", "cp1252", "utf-16", "utf-16-le", "utf-16-be", "utf-32"):
    try:
        with open(p, "w", encoding=encoding) as f:
            f.write(text)
            f.write("x")
    except UnicodeEncodeError as e:
        print(encoding, "UnicodeEncodeError", e)
        continue
    with open(p, "rb") as f:
        data = f.read()
    with open(p, encoding=encoding) as f:
        print(encoding, data, f.read() == text + "x", f.encoding)
with open(p, "w", encoding="utf-16") as f:
    f.write("ab")
with open(p, "a", encoding="utf-16") as f:
    f.write("cd")
with open(p, "rb") as f:
    print(f.read())
with open(p, "wb") as f:
    f.write(b"\xef\xbb\xbfhello")
with open(p, encoding="utf-8") as f:
    print(ascii(f.read()))
with open(p, encoding="utf-8-sig") as f:
    print(ascii(f.read()))
os.remove(p)
os.rmdir(d)
