import pickle

import copyreg

class A:
    __slots__ = ("x", "__y")

class B(A):
    __slots__ = ("z",)

print(copyreg._slotnames(B), B.__slotnames__)
print(copyreg.__newobj__(A).__class__.__name__)
print(copyreg.__newobj_ex__(B, (), {}).__class__.__name__)
print(copyreg._reconstructor(A, object, None).__class__.__name__)
print(sorted(copyreg.__all__))
try:
    copyreg.constructor(1)
except TypeError as e:
    print("TypeError", e)
