# __getitem__/__setitem__/__delitem__ receive slice objects and tuples of them.
class Probe:
    def __getitem__(self, key):
        print("get", key); return key
    def __setitem__(self, key, value):
        print("set", key, value)
    def __delitem__(self, key):
        print("del", key)
p = Probe()
p[1]; p[1:2]; p[::3]; p[:]; p[1:2, 3]; p[...]; p[1:2:-1, ..., None]; p["k"]
p[0:5] = "v"
p[::2] = [1]
p[1, 2] = 0
del p[2:]
del p[:, 1]
s = p[1:7:2]
print(type(s).__name__, s.start, s.stop, s.step, s.indices(4))
class Seq:
    def __init__(self, data): self.data = data
    def __getitem__(self, key):
        if isinstance(key, slice):
            return Seq(self.data[key])
        return self.data[key]
    def __len__(self): return len(self.data)
    def __repr__(self): return f"Seq({self.data})"
q = Seq([0, 1, 2, 3, 4, 5])
print(q[1:4], q[::-2], q[-1], q[10:])
try:
    Probe()[1] = 2
    del object()[0]
except TypeError as e:
    print(e)
for obj in [object(), None]:
    try:
        obj[1:2]
    except TypeError as e:
        print(e)
class Empty: pass
for target, key in [(Empty(), 0), (Empty(), "k"), (object(), 0), ("s", 0), ("s", slice(1)), ((), 0), (1.5, 0)]:
    try:
        del target[key]
    except TypeError as e:
        print(e)
try:
    (1, 2)[0] = 5
except TypeError as e:
    print(e)
