# __set_name__: order, class passed, and what is not called
calls = []
class D:
    def __init__(self, tag):
        self.tag = tag
    def __set_name__(self, owner, name):
        calls.append((self.tag, owner.__name__, name))
class Base:
    a = D("a")
class Sub(Base):
    z = D("z")
    y = D("y")
print(calls)
calls.clear()
class WithMeta(type):
    def __new__(mcls, name, bases, ns):
        ns["added_in_new"] = D("late")
        cls = super().__new__(mcls, name, bases, ns)
        calls.append(("after type.__new__", name))
        return cls
class M(metaclass=WithMeta):
    first = D("first")
print(calls)
class NotDescriptor:
    __set_name__ = None
try:
    class N:
        x = NotDescriptor()
except (TypeError, RuntimeError) as e:
    print(type(e).__name__, e, "|", type(e.__cause__).__name__)
