# __getattr__ is called only when normal lookup fails
class Proxy:
    def __init__(self, target):
        self._target = target
    def __getattr__(self, name):
        print("delegating", name)
        return getattr(self._target, name)
p = Proxy([3, 1, 2])
p.append(0)
print(p._target, p.count(1))
try:
    p.nonexistent
except AttributeError as e:
    print(e)
class Prop:
    @property
    def broken(self):
        raise AttributeError("inner failure")
    def __getattr__(self, name):
        return "getattr got " + name
print(Prop().broken)
class Err:
    def __getattr__(self, name):
        raise AttributeError(f"{type(self).__name__} has no {name}")
try:
    Err().thing
except AttributeError as e:
    print(e)
print(hasattr(Err(), "thing"), getattr(Err(), "thing", 0))
class Dunder:
    def __getattr__(self, name):
        return 1
try:
    len(Dunder())
except TypeError as e:
    print(e)
print(Dunder().__len__())
