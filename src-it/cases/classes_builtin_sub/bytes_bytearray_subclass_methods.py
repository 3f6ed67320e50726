# bytes/bytearray subclass methods: fromhex is a class method that keeps the subclass.
class B(bytes): pass
class BA(bytearray): pass
print(type(B.fromhex("6869")).__name__, B.fromhex("6869"), type(BA.fromhex("00ff")).__name__, BA.fromhex("00ff"))
b = B(b"a,b")
print([type(p).__name__ for p in b.split(b",")], type(b.strip()).__name__, type(b[:]).__name__, type(b.join([b"x"])).__name__)
ba = BA(b"xyz")
ba.extend(b"!")
ba[0] = 65
del ba[1]
print(ba, type(ba).__name__, len(ba), type(ba[0:2]).__name__, ba.decode())
print(B(b"x") == b"x", BA(b"x") == b"x", B(b"x") == BA(b"x"), b"x" in B(b"xyz"))
print(repr(BA()), repr(BA(b"q")), repr(B(b"q")))
class BInit(bytearray):
    def __init__(self, text):
        super().__init__(text.encode() * 2)
print(BInit("ab"))
