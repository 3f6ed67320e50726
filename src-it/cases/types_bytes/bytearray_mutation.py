ba = bytearray(b"hello")
ba[0] = ord("H")
ba.append(33)
ba.extend(b" world")
ba += b"!"
print(ba, len(ba))
ba[1:3] = b"EE"
print(ba)
del ba[0]
print(ba, ba.pop(), ba.pop(0), ba)
ba.insert(0, 65)
ba.remove(ord("l"))
ba.reverse()
print(ba)
ba.clear()
print(ba, repr(bytearray()), bytearray(3))
