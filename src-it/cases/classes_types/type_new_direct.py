# Calling type.__new__ and type.__init__ directly
T = type.__new__(type, "T", (), {"a": 1})
print(T, T.a, T.__bases__)
try:
    type.__new__(type, "T")
except TypeError as e:
    print(e)
try:
    type.__new__(1, "T", (), {})
except TypeError as e:
    print(e)
try:
    type.__new__(int, "T", (), {})
except TypeError as e:
    print(e)
try:
    type.__init__(T, 1, 2)
except TypeError as e:
    print(e)
print(type.__init__(T, "x", (), {}), type.__init__(T, 1))
try:
    type.__init__(T, 1, a=2)
except TypeError as e:
    print(e)
try:
    type("T", (), {"__qualname__": 5})
except TypeError as e:
    print(e)
print(type.__call__(int, "42"), type.__call__(type, 1.5))
