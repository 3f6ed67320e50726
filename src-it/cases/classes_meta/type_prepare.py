# type.__prepare__ and custom namespaces from __prepare__
print(type.__prepare__("X", ()), type(type.__prepare__()))
print(type.__prepare__("X", (), foo=1))
class Recording(dict):
    def __init__(self):
        super().__init__()
        self.order = []
    def __setitem__(self, key, value):
        self.order.append(key)
        super().__setitem__(key, value)
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return Recording()
    def __new__(mcls, name, bases, ns):
        print("order:", [k for k in ns.order if not k.startswith("__")])
        print(type(ns).__name__)
        return super().__new__(mcls, name, bases, dict(ns))
class A(metaclass=Meta):
    z = 1
    y = 2
    def x(self): pass
    z = 3
print(A.z)
class Upper(dict):
    def __setitem__(self, key, value):
        super().__setitem__(key.upper() if not key.startswith("__") else key, value)
class UMeta(type):
    def __prepare__(name, bases):
        return Upper()
class B(metaclass=UMeta):
    value = 1
print(hasattr(B, "VALUE"), hasattr(B, "value"))
