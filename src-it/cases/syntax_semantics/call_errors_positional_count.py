def f(a, b=2):
    pass
try:
    f(1, 2, 3)
except TypeError as e:
    print(e)
def g():
    pass
try:
    g(1)
except TypeError as e:
    print(e)
def h(a, *, k):
    pass
try:
    h(1, 2, k=3)
except TypeError as e:
    print(e)
class C:
    def m(self, x):
        pass
try:
    C().m()
except TypeError as e:
    print(e)
