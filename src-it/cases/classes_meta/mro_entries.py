# __mro_entries__ on non-class bases (PEP 560)
class Proxy:
    def __init__(self, real):
        self.real = real
    def __mro_entries__(self, bases):
        print("mro_entries with", len(bases), "bases")
        return (self.real,)
class Base:
    def hello(self): return "hello"
p = Proxy(Base)
class A(p): pass
print(A.__bases__, A.__orig_bases__ == (p,), A().hello())
class B(Base): pass
print("__orig_bases__" in B.__dict__)
class Empty:
    def __mro_entries__(self, bases):
        return ()
class C(Empty()): pass
print(C.__bases__)
class Wrong:
    def __mro_entries__(self, bases):
        return [Base]
try:
    class D(Wrong()): pass
except TypeError as e:
    print(e)
try:
    type("E", (p,), {})
except TypeError as e:
    print(e)
