print((255).bit_length(), (0).bit_length(), (-255).bit_length(), (2 ** 100).bit_length())
print((7).bit_count(), (-7).bit_count())
print((1024).to_bytes(2, "big"), (1024).to_bytes(2, "little"), (-1).to_bytes(2, "big", signed=True))
print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\xff\xff", "little", signed=True))
print((10).as_integer_ratio(), (5).conjugate(), (5).real, (5).imag, (5).numerator, (5).denominator)
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print(e)
print(int.from_bytes([1, 2], "big"))
