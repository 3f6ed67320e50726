# bytes subclasses: construction, methods return bytes, repr, __new__, __bytes__.
class Blob(bytes):
    def __new__(cls, text):
        return super().__new__(cls, text.encode())
    def hexed(self):
        return self.hex()
b = Blob("hi")
print(b, type(b).__name__, b.hexed(), len(b), b[0], b[:1], type(b[:1]).__name__)
print(type(b + b"!").__name__, type(b * 2).__name__, type(b.upper()).__name__, type(bytes(b)).__name__)
print(b == b"hi", hash(b) == hash(b"hi"), b"h" in b, b.decode(), b.startswith(b"h"))
class Raw(bytes): pass
print(Raw(b"xy"), Raw(3), Raw([65, 66]), Raw(), repr(Raw(b"\x00")))
class HasBytes:
    def __bytes__(self): return b"from __bytes__"
print(bytes(HasBytes()), Raw(HasBytes()))
class BadBytes:
    def __bytes__(self): return "str"
try:
    bytes(BadBytes())
except TypeError as e:
    print(e)
class BA(bytearray): pass
ba = BA(b"ab")
ba.append(99)
print(ba, type(ba).__name__, type(ba + b"").__name__, type(ba.copy()).__name__)
