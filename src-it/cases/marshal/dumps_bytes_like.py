# bytes, bytearray and memoryview are all written as bytes ('s').
import marshal

print(marshal.dumps(b''))
print(marshal.dumps(b'abc\x00\xff'))
ba = bytearray(b'xyz')
print(marshal.dumps(ba))
mv = memoryview(b'view')
print(marshal.dumps(mv))
back = marshal.loads(marshal.dumps(ba))
print(type(back).__name__, back)
