class L(list):
    def __del__(self):
        print("del L", len(self))
class D(dict):
    def __del__(self):
        print("del D", sorted(self))
l = L([1, 2, 3])
d = D(a=1, b=2)
del l
del d
print("end")
