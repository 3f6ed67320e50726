# loads stops after one value; trailing bytes are ignored; bytes-like input is accepted.
import marshal

data = marshal.dumps([1, 2]) + b'garbage'
print(marshal.loads(data))
print(marshal.loads(bytearray(marshal.dumps('ba'))))
print(marshal.loads(memoryview(marshal.dumps((1.5, None)))))
