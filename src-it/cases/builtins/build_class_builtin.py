import builtins
def body():
    x = 1
    def m(self):
        return "method"
    return None
def ns_body():
    pass
C = builtins.__build_class__(lambda: None, "C")
print(C.__name__, type(C).__name__, C.__bases__)
class Base:
    pass
D = __build_class__(lambda: None, "D", Base)
print(D.__name__, D.__bases__[0].__name__)
try:
    __build_class__(5, "X")
except TypeError as e:
    print(e)
