b = b"hi!"
print(list(b), [chr(x) for x in b], tuple(reversed(b)), sorted(b"dcba"), max(b), sum(b))
print(hash(b"abc") == hash(b"abc"), b"ab" == bytearray(b"ab"), bytearray(b"ab") == b"ab", bytes(bytearray(b"q")) is not None)
