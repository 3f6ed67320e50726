print(0x1F, 0o17, 0b101, 1_000_000, 0xdead_beef)
print(repr(-0), int("-0"), +5, -(-5))
print(bin(10), oct(10), hex(255), bin(-10), hex(-255))
print(str(12345678901234567890))
