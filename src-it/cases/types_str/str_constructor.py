print(str(), str(5), str(None), str([1, "a"]), str(b"bytes"), str(b"caf\xc3\xa9", "utf-8"), str(b"ab\xff", "utf-8", "replace"))
print(str(bytearray(b"x"), encoding="ascii"), str(object=7))
try:
    str(b"\xff", "utf-8")
except UnicodeDecodeError as e:
    print(e)
try:
    str(5, "utf-8")
except TypeError as e:
    print(e)
