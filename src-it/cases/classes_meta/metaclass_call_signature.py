# type.__call__ passes the same arguments to __new__ and __init__
class A:
    def __new__(cls, *args, **kwargs):
        print("new", args, kwargs)
        return super().__new__(cls)
    def __init__(self, *args, **kwargs):
        print("init", args, kwargs)
A(1, 2, k=3)
class B:
    def __new__(cls, x):
        return super().__new__(cls)
try:
    B()
except TypeError as e:
    print(e)
try:
    B(1, 2)
except TypeError as e:
    print(e)
class C:
    def __init__(self, x):
        pass
try:
    C()
except TypeError as e:
    print(e)
class Meta(type):
    def __call__(cls, *args, **kwargs):
        print("Meta.__call__", args, kwargs)
        return super().__call__(*args, **kwargs)
class D(metaclass=Meta):
    def __init__(self, a, b=2):
        print("D.__init__", a, b)
D(1)
D(a=5, b=6)
