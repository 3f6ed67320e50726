for b in (b"", b"abc", b"'", b'"', b"'\"", b"\x00\xff\n\t\\", bytes(3), bytes([65, 66]), bytes(range(0x7e, 0x82))):
    print(repr(b), len(b))
print(str(b"x"), b"abc"[0], b"abc"[-1:], type(b"a"[0]).__name__)
