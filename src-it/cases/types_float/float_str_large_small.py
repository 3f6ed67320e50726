for e in range(-7, 20, 3):
    v = 1.5 * 10.0 ** e
    print(e, repr(v), repr(-v))
print(repr(5e-324), repr(1.7976931348623157e308))
