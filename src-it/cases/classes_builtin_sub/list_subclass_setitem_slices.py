# A list subclass overriding __setitem__/__delitem__: slice assignments reach it; list methods do not.
class Watched(list):
    def __setitem__(self, key, value):
        print("__setitem__", key, value)
        super().__setitem__(key, value)
    def __delitem__(self, key):
        print("__delitem__", key)
        super().__delitem__(key)
w = Watched(range(6))
w[0] = "a"
w[1:3] = ["b", "c", "d"]
w[::2] = [0, 0, 0, 0]
del w[-1]
del w[:2]
print(w)
w.append(9)
w.insert(0, -1)
w.remove(0)
w.pop()
w.reverse()
w.sort(key=str)
w.clear()
print(w, len(w))
w += [1, 2]
w *= 2
print(w)
