# __missing__ is called from dict.__getitem__: also when a subclass's __getitem__ defers to it.
class Base(dict):
    def __missing__(self, key):
        print("missing", key)
        return f"<{key}>"
class Logged(Base):
    def __getitem__(self, key):
        print("getitem", key)
        return super().__getitem__(key)
d = Logged(a=1)
print(d["a"], d["b"])
print(dict.__getitem__(d, "c"))
print(Base.__getitem__(d, "a"))
class MissingNotCallable(dict):
    __missing__ = 5
try:
    MissingNotCallable()["x"]
except TypeError as e:
    print(e)
class MissingRaises(dict):
    def __missing__(self, key):
        raise LookupError("custom " + key)
try:
    MissingRaises()["y"]
except LookupError as e:
    print(type(e).__name__, e)
