# dir() of classes and instances includes inherited and metaclass-free names
class A:
    a = 1
    def m(self): pass
class B(A):
    b = 2
names = dir(B)
print([n for n in names if not n.startswith("__")])
print("__init__" in names, "mro" in names, "__class__" in names)
b = B()
b.inst = 3
print([n for n in dir(b) if not n.startswith("__")])
print(dir(B) == sorted(dir(B)))
class Meta(type):
    def meta_method(cls): pass
class C(metaclass=Meta):
    c = 1
print("meta_method" in dir(C), "c" in dir(C))
