for v in (0, 1, -0.0, 0.1, "", " ", [], [[]], (), ((),), {}, {0: 0}, set(), frozenset([0]), None, ..., NotImplemented if False else 1, range(0), range(1), b"", bytearray(1)):
    print(repr(v), bool(v))
