class C:
    def __init__(self):
        self.a = 1
        self.b = "two"
print(vars(C()))
def f():
    v = 3
    return vars()
print(f())
try:
    vars(5)
except TypeError as e:
    print(e)
print("__init__" in vars(C))
