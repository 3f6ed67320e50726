ba = bytearray(range(10))
ba[::2] = bytes(5)
print(list(ba))
ba[2:5] = []
print(list(ba))
try:
    ba[::2] = b"xy"
except ValueError as e:
    print(e)
ba[0:0] = b"\x09\x09"
print(ba)
