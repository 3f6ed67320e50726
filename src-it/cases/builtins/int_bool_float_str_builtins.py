print(int("42"), float("4.2"), str(4.2), bool("x"), complex("2j"), list("ab"), tuple("ab"), dict(a=1), set([1]), frozenset([2]))
print(type(int()), type(float()), type(str()), type(bool()), type(bytes()), type(bytearray()))
