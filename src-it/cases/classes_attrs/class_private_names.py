# Private name mangling in class bodies, methods and getattr
class A:
    __secret = "A secret"
    def reveal(self):
        return self.__secret
    def set_private(self):
        self.__mine = 1
        return sorted(self.__dict__)
class B(A):
    __secret = "B secret"
    def reveal_b(self):
        return self.__secret
b = B()
print(b.reveal(), b.reveal_b())
print(sorted(k for k in A.__dict__ if "secret" in k), sorted(k for k in B.__dict__ if "secret" in k))
print(b.set_private())
try:
    b.__secret
except AttributeError as e:
    print(e)
print(getattr(b, "_A__secret"), hasattr(b, "__secret"))
class _Under:
    __x = 1
print([k for k in _Under.__dict__ if "x" in k])
class ___:
    __y = 2
print([k for k in ___.__dict__ if "y" in k])
