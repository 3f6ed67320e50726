# A list subclass with comparisons and a sorted(): which ops the list code uses.
class Version(list):
    def __init__(self, text):
        super().__init__(int(p) for p in text.split("."))
    def __str__(self):
        return ".".join(map(str, self))
vs = [Version("1.10"), Version("1.2"), Version("1.2.1"), Version("0.9")]
print([str(v) for v in sorted(vs)])
print(Version("1.2") < Version("1.10"), Version("1.2") == [1, 2], max(vs))
class Rev(list):
    def __lt__(self, other):
        print("Rev.__lt__")
        return list.__gt__(self, other)
print(sorted([Rev([1]), Rev([2]), Rev([0])]))
print(Rev([1]) < [2], [2] > Rev([1]))
class EqList(list):
    def __eq__(self, other):
        print("EqList.__eq__")
        return True
    __hash__ = None
print([1] == EqList([2]), EqList([2]) == [1], [[1]] == [EqList([2])], [1] in [EqList([5])])
