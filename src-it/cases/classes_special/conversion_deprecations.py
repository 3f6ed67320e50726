# Deprecated conversions: int() through __trunc__, __index__/__int__/__float__ returning subclasses.
import warnings
warnings.simplefilter("always")
class Trunc:
    def __trunc__(self): return 7
print(int(Trunc()))
class IntSub(int): pass
class FloatSub(float): pass
class IdxSub:
    def __index__(self): return IntSub(3)
class IntReturnsSub:
    def __int__(self): return IntSub(4)
class FloatReturnsSub:
    def __float__(self): return FloatSub(1.5)
print([0, 1, 2, 3][IdxSub()], type(int(IntReturnsSub())).__name__, type(float(FloatReturnsSub())).__name__)
class BadTrunc:
    def __trunc__(self): return "x"
try:
    int(BadTrunc())
except TypeError as e:
    print(e)
