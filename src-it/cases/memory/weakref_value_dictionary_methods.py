import weakref
class Obj:
    def __init__(self, n):
        self.n = n
keep = [Obj(i) for i in range(4)]
d = weakref.WeakValueDictionary({i: o for i, o in enumerate(keep)})
print(sorted(k for k, v in d.items()))
print(sorted(v.n for v in d.values()))
print(d.pop(0).n, len(d))
print(d.setdefault(1, None).n)
try:
    d[99]
except KeyError as e:
    print("KeyError", e)
keep.pop()
print(sorted(d))
