t = (1, "a", 2.5)
print(t, len(t), t[1], t[-1], t[::-1], t[1:], (), (5,), tuple("ab"), tuple(range(3)))
print(t + (3,), (0,) * 3, 1 in t, t.count(1), t.index("a"))
a, b, c = t
print(a, b, c)
print(type(()).__name__, (1,) == (1,), () is ())
