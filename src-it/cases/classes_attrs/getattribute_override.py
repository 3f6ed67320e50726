# __getattribute__ intercepts every lookup; __getattr__ only misses
class Logged:
    cls_attr = "class"
    def __init__(self):
        self.x = 1
    def __getattribute__(self, name):
        print("getattribute", name)
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        print("getattr", name)
        return "fallback:" + name
    def method(self):
        return "method"
o = Logged()
print(o.x)
print(o.cls_attr)
print(o.missing)
print(o.method())
print(type(o).__name__)
class Raising:
    def __getattribute__(self, name):
        if name == "boom":
            raise KeyError(name)
        raise AttributeError("custom " + name)
    def __getattr__(self, name):
        return "rescued " + name
r = Raising()
print(r.anything)
try:
    r.boom
except KeyError as e:
    print("KeyError", e)
print(getattr(r, "zzz", "default"), hasattr(r, "q"))
