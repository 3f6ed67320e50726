print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(4))), list(reversed((1, 2))), list(reversed({"a": 1, "b": 2})))
class R:
    def __reversed__(self):
        return iter("custom")
print(list(reversed(R())))
class S:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return i * i
print(list(reversed(S())))
try:
    reversed({1, 2})
except TypeError as e:
    print(e)
