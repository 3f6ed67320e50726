# int(), float(), complex() through __int__, __index__, __float__, __complex__.
class N:
    def __int__(self): return 7
    def __float__(self): return 2.5
    def __complex__(self): return 1 + 2j
print(int(N()), float(N()), complex(N()))
class OnlyIndex:
    def __index__(self): return 9
print(int(OnlyIndex()), float(OnlyIndex()), complex(OnlyIndex()))
class OnlyFloat:
    def __float__(self): return 1.25
print(complex(OnlyFloat()))
try:
    int(OnlyFloat())
except TypeError as e:
    print(e)
class BadInt:
    def __int__(self): return "x"
class BadFloat:
    def __float__(self): return 1
class BadComplex:
    def __complex__(self): return 1.0
for f, obj in [(int, BadInt()), (float, BadFloat()), (complex, BadComplex()), (int, object()),
               (float, object()), (complex, object())]:
    try:
        f(obj)
    except TypeError as e:
        print(f.__name__, "->", e)
class IntSubReturn:
    def __int__(self): return True
import warnings
warnings.simplefilter("ignore")
print(int(IntSubReturn()), type(int(IntSubReturn())).__name__)
class FloatSubReturn:
    def __float__(self):
        class FS(float): pass
        return FS(3.0)
print(float(FloatSubReturn()), type(float(FloatSubReturn())).__name__)
