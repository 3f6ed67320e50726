print(int(3.9), int(-3.9), int(True), int(), int(1e20))
print(int(b"12"), int(bytearray(b"-7")))
class I:
    def __index__(self):
        return 7
class T:
    def __trunc__(self):
        return 8
class N:
    def __int__(self):
        return 9
print(int(N()), int(T()))
try:
    int(float("inf"))
except OverflowError as e:
    print(e)
try:
    int(float("nan"))
except ValueError as e:
    print(e)
try:
    int([1])
except TypeError as e:
    print(e)
