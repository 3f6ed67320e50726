# Bad data raises EOFError, ValueError or TypeError with CPython's messages.
import marshal

bad = [
    b'', b'i', b'i\x01\x00', b'z\x05ab', b'(\x02\x00\x00\x00N',
    b'q', b'\x00', b'0', b'(\x01\x00\x00\x000',
    b'r\x00\x00\x00\x00', b'[\x01\x00\x00\x00r\x05\x00\x00\x00',
    b'l\x01\x00\x00\x00\x00\x00', b'l\x01\x00\x00\x00\xff\xff',
    b's\xff\xff\xff\xff', b'(\xff\xff\xff\xff', b'[\xfe\xff\xff\xff', b'<\xff\xff\xff\xff',
    b'u\x01\x00\x00\x00\xff', b'f', b'g\x00\x00',
]
for data in bad:
    try:
        print(marshal.loads(data))
    except Exception as e:
        print(data, type(e).__name__, e)
