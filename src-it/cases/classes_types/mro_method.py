# type.mro() and __mro__ on classes and builtins
class A: pass
class B(A): pass
print(B.mro())
print(type.mro(B))
print(B.__mro__ == tuple(B.mro()))
print(type.mro(int))
try:
    type.mro()
except TypeError as e:
    print(e)
try:
    type.mro(3)
except TypeError as e:
    print(e)
try:
    B.__mro__ = ()
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
print(dict.__mro__, str.__mro__)
