items = [b"b", b"ab", b"a", b"", b"\xff", b"B"]
print(sorted(items), min(items), max(items))
print(b"abc" < b"abd", b"ab" < b"abc", bytearray(b"a") < b"b")
