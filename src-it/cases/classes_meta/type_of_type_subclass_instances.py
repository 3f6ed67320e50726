# Instances of a type subclass are classes; calling type() on them
class Meta(type): pass
X = Meta("X", (), {"v": 1})
print(type(X), X.v, X.__name__, type(X()).__name__, isinstance(X(), X))
Y = Meta("Y", (X,), {})
print(Y.__bases__, Y.v, type(Y))
Z = type("Z", (Y,), {})
print(type(Z).__name__)
try:
    Meta("W")
except TypeError as e:
    print(e)
try:
    Meta()
except TypeError as e:
    print(e)
print(type(Meta), Meta.__base__, Meta.__mro__)
