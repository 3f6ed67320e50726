# Overriding __call__ on a metaclass: singletons and skipping __init__
class Singleton(type):
    _instances = {}
    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]
class Config(metaclass=Singleton):
    def __init__(self, value=0):
        print("init", value)
        self.value = value
c1 = Config(1)
c2 = Config(2)
print(c1 is c2, c2.value)
class NoInit(type):
    def __call__(cls, *args):
        obj = cls.__new__(cls)
        obj.args = args
        return obj
class P(metaclass=NoInit):
    def __init__(self):
        print("never")
p = P(1, 2)
print(p.args, type(p).__name__)
class Counted(type):
    def __call__(cls, *a, **k):
        cls.count = getattr(cls, "count", 0) + 1
        return type.__call__(cls, *a, **k)
class Q(metaclass=Counted): pass
Q(); Q(); Q()
print(Q.count)
