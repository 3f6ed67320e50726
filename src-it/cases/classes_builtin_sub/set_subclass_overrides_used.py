# A set subclass's overridden add/__contains__/__iter__: set operations use the table directly.
class S(set):
    def add(self, x):
        print("add", x); super().add(x)
    def __contains__(self, x):
        print("__contains__", x); return super().__contains__(x)
    def __iter__(self):
        print("__iter__"); return super().__iter__()
s = S([1, 2])
s.add(3)
s.update([4])
s |= {5}
print(sorted(set.__iter__(s)), 3 in s, s.issubset({1, 2, 3, 4, 5}), len(s))
print(sorted(s & {1, 9}), sorted({1, 9} & s), s == {1, 2, 3, 4, 5}, s.isdisjoint([7]))
print(sorted(list(s)), sorted(s))
