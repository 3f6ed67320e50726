# _getframe(depth) walks the callers; too deep is a ValueError.
import sys

def inner():
    return [sys._getframe(i).f_code.co_name for i in range(3)]

def outer():
    return inner()

print(outer())
print(sys._getframe().f_code.co_name)
for bad in (99, 'a'):
    try:
        sys._getframe(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    sys._getframe(1, 2)
except TypeError as e:
    print(e)
