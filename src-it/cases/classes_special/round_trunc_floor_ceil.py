# round(), math.trunc/floor/ceil call the dunders; their defaults and errors.
import math
class R:
    def __round__(self, *args):
        print("round", args); return "rounded"
    def __trunc__(self): return "trunc"
    def __floor__(self): return "floor"
    def __ceil__(self): return "ceil"
r = R()
print(round(r), round(r, 2), round(r, None), round(r, ndigits=3))
print(math.trunc(r), math.floor(r), math.ceil(r))
for f in [round, math.trunc, math.floor, math.ceil]:
    try:
        f(object())
    except TypeError as e:
        print(f.__name__, "->", e)
class FloatLike:
    def __float__(self): return 2.7
print(math.floor(FloatLike()), math.ceil(FloatLike()))
try:
    math.trunc(FloatLike())
except TypeError as e:
    print(e)
print(round(2.675, 2), round(7, -1), round(-0.5), round(1.5), type(round(2.0)).__name__)
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), type(math.floor(2.0)).__name__)
class IntSub(int): pass
print(type(round(IntSub(5))).__name__, type(math.floor(IntSub(5))).__name__)
