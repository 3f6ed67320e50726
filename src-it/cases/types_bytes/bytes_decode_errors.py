for data, enc in ((b"\xc3", "utf-8"), (b"\x80abc", "ascii"), (b"\xff\xfe", "utf-16"), (b"\xed\xa0\x80", "utf-8")):
    try:
        print(data.decode(enc))
    except UnicodeDecodeError as e:
        print(e)
print(b"\xff\xfea\x00".decode("utf-16"), b"\xed\xa0\x80".decode("utf-8", "surrogatepass") == "\ud800")
print(b"ab\xffcd".decode("utf-8", "surrogateescape").encode("utf-8", "surrogateescape"))
print(b"x\x80y".decode("utf-8", "backslashreplace"))
