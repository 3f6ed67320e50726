# list's own methods ignore overridden __getitem__/__setitem__/__len__/append.
class L(list):
    def __getitem__(self, i):
        print("__getitem__", i); return super().__getitem__(i)
    def __setitem__(self, i, v):
        print("__setitem__", i, v); super().__setitem__(i, v)
    def __len__(self):
        print("__len__"); return super().__len__()
    def append(self, x):
        print("append", x); super().append(x)
l = L([3, 1, 2])
print(l[0], l[-1])
l[1] = 10
l.append(4)
l.extend([5])
l.insert(0, 0)
l += [6]
print(l, type(l).__name__)
print(l.index(10), l.count(2), 10 in l, l.pop(), sorted(l), max(l), sum(l))
l.sort()
l.reverse()
print(l, l.copy(), type(l.copy()).__name__)
print(l + [9], type(l + [9]).__name__, type(l * 2).__name__, type(l[1:3]).__name__)
print(list(l), tuple(l), [x for x in l][:2])
a, *b = l
print(a, b)
