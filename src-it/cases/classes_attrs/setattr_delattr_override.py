# __setattr__ and __delattr__ overrides and object's implementations
class Tracked:
    def __init__(self):
        self.a = 1
    def __setattr__(self, name, value):
        print("setattr", name, value)
        super().__setattr__(name, value)
    def __delattr__(self, name):
        print("delattr", name)
        object.__delattr__(self, name)
t = Tracked()
t.b = 2
setattr(t, "c", 3)
del t.a
delattr(t, "b")
print(vars(t))
try:
    del t.zz
except AttributeError as e:
    print(e)
class Frozen:
    def __setattr__(self, name, value):
        raise AttributeError(f"cannot set {name!r}")
    def __delattr__(self, name):
        raise AttributeError(f"cannot delete {name!r}")
f = Frozen()
for stmt in ("f.x = 1", "del f.x"):
    try:
        exec(stmt)
    except AttributeError as e:
        print(e)
object.__setattr__(f, "x", 5)
print(f.x)
try:
    object.__setattr__(1, "x", 5)
except AttributeError as e:
    print(e)
try:
    object.__setattr__(f, 1, 5)
except TypeError as e:
    print(e)
try:
    object.__delattr__(f, "nope")
except AttributeError as e:
    print(e)
