b = b"0123456789"
print(b[2:5], b[::3], b[::-1], b[-3:], b[5:2], b[100:], b[3], b[-1])
ba = bytearray(b)
print(ba[2:5], type(ba[2:5]).__name__, ba[::-2])
