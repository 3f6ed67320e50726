b = b"abcdef"
m = memoryview(b)
print(m[0], m[-1], bytes(m[1:4]), m.tobytes(), m.tolist()[:3], len(m), m.readonly, m.format, m.itemsize, m.nbytes, m.ndim, m.shape)
try:
    m[0] = 1
except TypeError as e:
    print(e)
ba = bytearray(b"xyz")
mv = memoryview(ba)
mv[0] = ord("X")
mv[1:3] = b"YZ"
print(ba, mv.readonly, mv.obj is ba)
print(m == b"abcdef", m[::2].tobytes(), mv.hex())
