import weakref
class A:
    def __init__(self):
        self.x = 10
    def double(self):
        return self.x * 2
a = A()
p = weakref.proxy(a)
print(p.x, p.double())
p.x = 5
print(a.x)
print(type(p).__name__)
del a
try:
    p.x
except ReferenceError as e:
    print("ReferenceError:", e)
