print(type(5), type("a") is str, type("T", (), {"x": 1})().x, type("T", (int,), {}).__mro__[1])
try:
    type(1, 2)
except TypeError as e:
    print(e)
o = object()
try:
    object(1)
except TypeError as e:
    print(e)
