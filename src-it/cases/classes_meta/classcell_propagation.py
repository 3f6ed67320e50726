# __classcell__ must reach type.__new__ for zero-argument super()
class Meta(type):
    def __new__(mcls, name, bases, ns):
        ns = dict(ns)
        ns.pop("__classcell__", None)
        return super().__new__(mcls, name, bases, ns)
try:
    class A(metaclass=Meta):
        def f(self):
            return __class__
except RuntimeError as e:
    print(type(e).__name__, e)
class Good(type):
    def __new__(mcls, name, bases, ns):
        return super().__new__(mcls, name, bases, ns)
class B(metaclass=Good):
    def f(self):
        return __class__
print(B().f() is B)
class Swap(type):
    def __new__(mcls, name, bases, ns):
        other = super().__new__(mcls, "Other", bases, dict(ns))
        return super().__new__(mcls, name, bases, ns)
class C(metaclass=Swap):
    def f(self):
        return __class__
print(C().f().__name__)
try:
    type("D", (), {"__classcell__": 5})
except TypeError as e:
    print(e)
