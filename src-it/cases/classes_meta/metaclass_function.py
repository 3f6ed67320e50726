# A metaclass can be any callable
def meta(name, bases, ns, **kw):
    print("meta called:", name, bases, sorted(k for k in ns if not k.startswith("__")), kw)
    return 42
class A(metaclass=meta, option="x"):
    y = 2
print(A)
def meta2(name, bases, ns):
    ns["added"] = True
    return type(name, bases, ns)
class B(metaclass=meta2):
    pass
print(B.added, type(B))
class Prep:
    def __prepare__(name, bases):
        return []
    def __call__(self, *a): return a
try:
    class C(metaclass=Prep()): pass
except TypeError as e:
    print(e)
class M(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return 5
try:
    class D(metaclass=M): pass
except TypeError as e:
    print(e)
