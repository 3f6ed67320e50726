# load reads exactly one value from a stream and leaves it positioned after it.
import io
import marshal

buf = io.BytesIO()
for v in [1, 'two', (3.0,), b'four']:
    marshal.dump(v, buf)
buf.seek(0)
while True:
    try:
        print(repr(marshal.load(buf)), buf.tell())
    except EOFError as e:
        print('end:', e)
        break
for data in [b'i\x01', b'(\x02\x00\x00\x00N', b'z\x05ab']:
    try:
        marshal.load(io.BytesIO(data))
    except EOFError as e:
        print(data, e)

class NotBinary:
    def read(self, n):
        return 'text'

try:
    marshal.load(NotBinary())
except TypeError as e:
    print(e)
