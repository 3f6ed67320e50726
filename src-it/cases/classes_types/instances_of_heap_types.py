# Instances of classes: identity, default equality, hash and bool
class A: pass
a, b = A(), A()
print(a == a, a == b, a != b, a is not b)
print(hash(a) == hash(a), bool(a))
print({a: 1}[a])
print(type(a.__hash__).__name__, type(A.__eq__).__name__)
print(A.__eq__(a, a), A.__eq__(a, b), A.__ne__(a, b))
print(object.__eq__(a, 1), a.__eq__(1))
print(a.__init__(), a.__str__() == a.__repr__())
print(A.__init__ is object.__init__, A.__new__ is object.__new__)
print(a.__sizeof__() > 0, a.__format__("") == str(a))
try:
    a.__format__("x")
except TypeError as e:
    print(e)
