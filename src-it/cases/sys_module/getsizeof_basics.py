# getsizeof: sizes grow with content; a default is given back for objects without a size.
import sys

print(sys.getsizeof(0) > 0, sys.getsizeof([]) < sys.getsizeof([1, 2, 3]))
print(sys.getsizeof('') < sys.getsizeof('abc'), sys.getsizeof(b'') < sys.getsizeof(b'abcd'))
print(sys.getsizeof({}) > 0, sys.getsizeof(()) > 0)

class Sized:
    def __sizeof__(self):
        return 100

print(sys.getsizeof(Sized()) >= 100)

class Negative:
    def __sizeof__(self):
        return -1

try:
    sys.getsizeof(Negative())
except ValueError as e:
    print(e)
try:
    sys.getsizeof()
except TypeError as e:
    print(e)
