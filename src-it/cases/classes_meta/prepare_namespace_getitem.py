# A __prepare__ namespace whose __getitem__ supplies names to the class body
class AutoNumber(dict):
    def __init__(self):
        super().__init__()
        self.counter = 0
    def __missing__(self, key):
        if key.startswith("__") or key in ("print", "range"):
            raise KeyError(key)
        self.counter += 1
        self[key] = self.counter
        return self.counter
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return AutoNumber()
    def __new__(mcls, name, bases, ns):
        return super().__new__(mcls, name, bases, dict(ns))
class Color(metaclass=Meta):
    RED
    GREEN
    BLUE
    print("inside the body:", RED, GREEN, BLUE)
print(Color.RED, Color.GREEN, Color.BLUE)
class Logging(dict):
    def __getitem__(self, key):
        print("lookup", key)
        return super().__getitem__(key)
class M2(type):
    def __prepare__(name, bases):
        return Logging()
class K(metaclass=M2):
    a = 1
    b = a + 1
print(K.b)
