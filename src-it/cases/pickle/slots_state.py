import pickle

class Slotted:
    __slots__ = ("a", "b", "__hidden")

    def __init__(self):
        self.a = 1
        self.__hidden = "h"

for p in range(2, 6):
    s = pickle.dumps(Slotted(), p)
    print(p, s)
    r = pickle.loads(s)
    print(r.a, hasattr(r, "b"), r._Slotted__hidden)
print(Slotted().__getstate__())
for p in (0, 1):
    try:
        pickle.dumps(Slotted(), p)
    except TypeError as e:
        print(p, "TypeError", e)
