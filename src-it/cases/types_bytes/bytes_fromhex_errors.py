for s in ("0g", "abc", " 01 02 ", "0 1"):
    try:
        print(bytes.fromhex(s))
    except ValueError as e:
        print(repr(s), e)
print(bytearray.fromhex("ff00"))
