print([chr(i) for i in range(97, 102)], [ord(c) for c in "AZaz09"], chr(0x10ffff) == "\U0010ffff")
print(ord(b"a"), ord(bytearray(b"z")))
try:
    ord("")
except TypeError as e:
    print(e)
