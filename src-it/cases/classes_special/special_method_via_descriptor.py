# Special methods given as staticmethod, classmethod, a callable object or a lambda attribute.
class CallableObj:
    def __call__(self, *args):
        return ("callable object got", len(args))
class C:
    __len__ = lambda self: 5
    __getitem__ = CallableObj()
    @staticmethod
    def __neg__():
        return "static neg"
    @classmethod
    def __pos__(cls):
        return f"class pos {cls.__name__}"
c = C()
print(len(c))
print(c[1])
try:
    print(-c)
except TypeError as e:
    print("TypeError", e)
print(+c)
class D:
    def __repr__(self):
        return "D!"
    __str__ = __repr__
    __format__ = lambda self, spec: "fmt:" + spec
print(str(D()), f"{D():x}")
