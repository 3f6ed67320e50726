# A list subclass's __iter__, __contains__, __iadd__, __eq__ overrides: the interpreter's uses.
class L(list):
    def __iter__(self):
        print("__iter__"); return iter(["i"])
    def __contains__(self, x):
        print("__contains__", x); return False
    def __iadd__(self, other):
        print("__iadd__", other); return "iadd result"
    def __eq__(self, other):
        print("__eq__"); return "eq"
    __hash__ = None
l = L([1, 2])
print(list(l), tuple(l), [*l], sorted(l), 1 in l, l.count(1), l.index(2))
a, = l
print(a, len(l), l[0], l.copy(), l[:])
print(l == [1, 2], [1, 2] == l, l != [1], max(l), min(l))
print("".join(l), set(l), dict.fromkeys(l), list(enumerate(l)))
l2 = l
l2 += [3]
print(l2, l)
for x in l:
    print("loop", x)
print(str(l), repr(l))
