# super() inside metaclass methods and class methods
class Meta(type):
    def __new__(mcls, name, bases, ns):
        print("Meta.__new__", name)
        return super().__new__(mcls, name, bases, ns)
    def __call__(cls, *a):
        print("Meta.__call__", cls.__name__)
        return super().__call__(*a)
    def describe(cls):
        return "Meta.describe " + cls.__name__
class SubMeta(Meta):
    def describe(cls):
        return "SubMeta>" + super().describe()
class A(metaclass=SubMeta):
    def __init__(self, v):
        self.v = v
    @classmethod
    def build(cls, v):
        return super(A, cls).__new__(cls)
a = A(1)
print(a.v, A.describe())
b = A.build(2)
print(type(b).__name__, hasattr(b, "v"))
class B(A):
    @classmethod
    def build(cls, v):
        obj = super().build(v)
        obj.v = v * 10
        return obj
print(B.build(3).v, type(B).__name__, B.describe())
print(super(SubMeta, SubMeta).describe(A))
