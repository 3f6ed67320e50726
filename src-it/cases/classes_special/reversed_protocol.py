# reversed(): __reversed__ first, else __len__ + __getitem__; errors.
class R:
    def __reversed__(self):
        print("__reversed__"); return iter("cba")
print(list(reversed(R())))
class Seq:
    def __len__(self):
        print("len"); return 3
    def __getitem__(self, i):
        print("getitem", i); return i * 2
print(list(reversed(Seq())))
class OnlyGetitem:
    def __getitem__(self, i): return i
class OnlyLen:
    def __len__(self): return 1
for obj in [OnlyGetitem(), OnlyLen(), object(), 5, {1: 2}.items() if False else 3.5]:
    try:
        reversed(obj)
    except TypeError as e:
        print(e)
class RevNone:
    __reversed__ = None
    def __len__(self): return 1
    def __getitem__(self, i): return i
try:
    reversed(RevNone())
except TypeError as e:
    print(e)
print(list(reversed([1, 2, 3])), list(reversed(range(3))), list(reversed("ab")), list(reversed({1: 0, 2: 0})))
class BadRev:
    def __reversed__(self): return 5
r = reversed(BadRev())
print(r)
