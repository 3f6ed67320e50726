# What super() finds: data, properties, class attributes, dunders
class A:
    x = "A.x"
    @property
    def p(self):
        return "A.p of " + type(self).__name__
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return "A item"
class B(A):
    x = "B.x"
    @property
    def p(self):
        return "B.p>" + super().p
    def __len__(self):
        return super().__len__() + 1
    def show(self):
        return super().x, self.x
b = B()
print(b.p, len(b), b.show())
print(super(B, b).__getitem__(0))
try:
    super(B, b)[0]
except TypeError as e:
    print(e)
try:
    super(B, b).x = 1
except AttributeError as e:
    print(e)
print(super(B, b).__class__)
print(super(B, b).__len__())
class C(B):
    def show(self):
        return super().show()
print(C().show())
