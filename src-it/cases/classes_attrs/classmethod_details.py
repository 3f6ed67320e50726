# classmethod: binding, attributes and chaining
class A:
    @classmethod
    def make(cls, v):
        "make doc"
        return (cls.__name__, v)
class B(A): pass
print(A.make(1), B.make(2), B().make(3))
cm = A.__dict__["make"]
print(type(cm).__name__, cm.__func__.__name__, cm.__wrapped__ is cm.__func__)
print(cm.__doc__, cm.__name__, cm.__qualname__)
print(cm.__isabstractmethod__)
bound = A.make
print(bound.__self__ is A, bound.__func__ is cm.__func__, type(bound).__name__)
print(cm.__get__(None, B)(9), cm.__get__(B())(8))
try:
    classmethod()
except TypeError as e:
    print(e)
try:
    classmethod(1, 2)
except TypeError as e:
    print(e)
c = classmethod(len)
print(c.__func__ is len)
class C:
    f = classmethod(lambda cls: cls.__name__)
print(C.f(), C().f())
