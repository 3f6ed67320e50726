print(bytes(2), bytearray(b"ab"), memoryview(b"m").tobytes(), bool(0), bool.__name__)
