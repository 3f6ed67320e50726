# type.__prepare__, object.__init_subclass__ and object.__subclasshook__ are builtin class methods
print(type(type.__dict__["__prepare__"]).__name__, repr(type.__dict__["__prepare__"]))
print(type(object.__dict__["__init_subclass__"]).__name__, repr(object.__dict__["__subclasshook__"]))
class A: pass
print(type(A.__init_subclass__).__name__, A.__init_subclass__.__self__ is A, A.__init_subclass__.__name__)
print(A.__init_subclass__(), A.__subclasshook__(int), A.__subclasshook__.__qualname__)
try:
    A.__init_subclass__(1)
except TypeError as e:
    print(e)
try:
    A.__init_subclass__(k=1)
except TypeError as e:
    print(e)
class Meta(type): pass
print(Meta.__prepare__("X", ()), Meta.__prepare__.__self__ is Meta)
print(object.__dict__["__init_subclass__"].__get__(None, A).__self__ is A)
