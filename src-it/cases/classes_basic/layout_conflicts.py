# Bases whose instance layouts cannot be combined: multiple bases have instance lay-out conflict.
cases = [("int,str", (int, str)), ("list,dict", (list, dict)), ("int,bool-like", (int, float)), ("object,int", (object, int)),
         ("Exception,int", (Exception, int)), ("tuple,list", (tuple, list))]
for name, bases in cases:
    try:
        type("X", bases, {})
        print(name, "ok")
    except TypeError as e:
        print(name, "TypeError", e)
class A: __slots__ = ("a",)
class B: __slots__ = ("b",)
try:
    class C(A, B): pass
    print("slots ok")
except TypeError as e:
    print("slots TypeError", e)
class D(int): pass
class E(str): pass
try:
    class F(D, E): pass
except TypeError as e:
    print("derived TypeError", e)
class A(ValueError, KeyError): pass
print(A.__mro__)
class B(int): pass
class C(B, int): pass
print(C(3) + 1)
class D(dict): pass
class E(D): __slots__ = ()
print(E(a=1))
class F(Exception): pass
class G(F, ValueError): pass
print(G.__mro__)
