# vars(), instance __dict__ and its assignment
class A:
    cls_attr = 1
    def __init__(self):
        self.x = 1
a = A()
print(vars(a), a.__dict__ is vars(a))
a.__dict__ = {"y": 2}
print(a.y, vars(a))
try:
    a.x
except AttributeError as e:
    print(e)
try:
    a.__dict__ = [1]
except TypeError as e:
    print(e)
try:
    del a.__dict__
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
print(sorted(k for k in vars(A) if not k.startswith("__")))
try:
    vars(1)
except TypeError as e:
    print(e)
class S:
    __slots__ = ("a",)
try:
    S().__dict__
except AttributeError as e:
    print(e)
try:
    vars(S())
except TypeError as e:
    print(e)
