ba = bytearray(b"\x01\x00\x02\x00")
mv = memoryview(ba)
ints = mv.cast("H")
print(ints.format, ints.itemsize, len(ints), ints.tolist())
ints.release()
mv.release()
try:
    mv[0]
except ValueError as e:
    print(e)
with memoryview(b"ctx") as m:
    print(m.tobytes())
print(repr(m).split(" at ")[0])
