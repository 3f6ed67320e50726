print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), () < (0,), (2,) > (1, 99), (1, "a") == (1, "a"))
pairs = [(2, "b"), (1, "z"), (2, "a"), (1, "a")]
print(sorted(pairs), max(pairs), min(pairs))
try:
    (1, "a") < (1, 2)
except TypeError as e:
    print(e)
print((1, "a") < (2, 2))
