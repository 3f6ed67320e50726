# exc_info and exception show the exception being handled, and nothing outside handlers.
import sys

print(sys.exc_info(), sys.exception())
try:
    raise ValueError('inner')
except ValueError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb is not None, sys.exception() is v)
    try:
        raise KeyError('nested')
    except KeyError:
        print(sys.exception())
    print(sys.exception())
print(sys.exc_info(), sys.exception())
for call in (lambda: sys.exc_info(1), lambda: sys.exception(1)):
    try:
        call()
    except TypeError as e:
        print(e)
