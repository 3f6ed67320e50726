# A class's __getitem__ gets negative indexes as they are; builtins normalize their own.
class Raw:
    def __init__(self, data): self.data = data
    def __len__(self): return len(self.data)
    def __getitem__(self, i):
        print("getitem", i)
        return self.data[i]
r = Raw("abc")
print(r[-1], r[0])
print(list(reversed(r)))
class OnlyGetitem:
    def __getitem__(self, i):
        if i > 2: raise IndexError
        return i
print(list(OnlyGetitem()), OnlyGetitem()[-5])
class L(list):
    def __getitem__(self, i):
        print("L.__getitem__", i)
        return super().__getitem__(i)
l = L([1, 2, 3])
print(l[-1], l[-3:], l[::-1])
try:
    l[10]
except IndexError as e:
    print("IndexError", e)
