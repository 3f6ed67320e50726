class A:
    def who(self):
        return "A"
class B(A):
    def who(self):
        return "B>" + super().who()
class C(B):
    def who(self):
        return "C>" + super(C, self).who() + "|" + super(B, self).who()
print(C().who())
try:
    super()
except RuntimeError as e:
    print(e)
