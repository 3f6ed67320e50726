# dict subclasses: __missing__ is called by d[k] only, not by get/in/setdefault/pop.
class Counter(dict):
    def __missing__(self, key):
        print("missing", repr(key))
        return 0
c = Counter(a=1)
print(c["a"], c["b"])
print(c.get("b"), "b" in c, c.setdefault("z", 5), c.pop("q", "default"))
print(c)
class Inserting(dict):
    def __missing__(self, key):
        self[key] = v = [key]
        return v
d = Inserting()
d["x"].append(1)
print(d)
class Raising(dict):
    def __missing__(self, key):
        raise KeyError(f"no {key}")
try:
    Raising()["k"]
except KeyError as e:
    print("KeyError", e)
class NotDict:
    def __missing__(self, key): return "never"
    def __getitem__(self, key): raise KeyError(key)
try:
    NotDict()["x"]
except KeyError as e:
    print("plain class KeyError", e)
class Late(dict): pass
l = Late()
Late.__missing__ = lambda self, k: "late " + k
print(l["q"])
del Late.__missing__
try:
    l["q"]
except KeyError as e:
    print("KeyError", e)
inst = Late()
inst.__missing__ = lambda k: "instance"
try:
    inst["w"]
except KeyError as e:
    print("instance attr ignored", e)
