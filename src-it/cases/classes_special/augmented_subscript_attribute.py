# x[k] += v and x.a += v: read with __getitem__/__getattr__, then write back, in that order.
class Store:
    def __init__(self): self.d = {"k": 1}
    def __getitem__(self, k):
        print("getitem", k); return self.d[k]
    def __setitem__(self, k, v):
        print("setitem", k, v); self.d[k] = v
s = Store()
s["k"] += 10
print(s.d)
class Val:
    def __init__(self, v): self.v = v
    def __iadd__(self, o):
        print("iadd"); self.v += o; return self
    def __repr__(self): return f"Val({self.v})"
class Attr:
    def __getattr__(self, name):
        print("getattr", name); return Val(0)
    def __setattr__(self, name, value):
        print("setattr", name, value); object.__setattr__(self, name, value)
a = Attr()
a.x += 5
print(a.x)
t = ([1],)
try:
    t[0] += [2]
except TypeError as e:
    print(e, t)
class ReturnsNone:
    def __iadd__(self, o): return None
x = ReturnsNone()
x += 1
print(x)
d = {"n": [1]}
d["n"] += [2]
print(d)
