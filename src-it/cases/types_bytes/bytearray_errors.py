ba = bytearray(b"abc")
for f in (lambda: ba.__setitem__(0, 256), lambda: ba.append(-1), lambda: ba.remove(120), lambda: bytearray().pop(), lambda: ba.__setitem__(0, b"x"), lambda: ba.extend(5), lambda: hash(ba)):
    try:
        f()
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
print(ba)
