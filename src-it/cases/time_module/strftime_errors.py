# strftime's argument and range errors.
import time

def show(*args):
    try:
        print(repr(time.strftime(*args)))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)

show(1)
show(b'%Y')
show('%Y', 1)
show('%Y', None)
show('%Y', [1] * 9)
show('%Y', (1, 2))
show('%Y', (1,) * 12)
show('%Y', (1, 2, 3, 4, 5, 6, 7, 8, 'x'))
show('%Y', (1.5, 2, 3, 4, 5, 6, 7, 8, 9))
show('%Y', (2**70, 2, 3, 4, 5, 6, 7, 8, 9))
show('%Y', (2**40, 2, 3, 4, 5, 6, 7, 8, 9))
show('%Y', (-2**40, 2, 3, 4, 5, 6, 7, 8, 9))
show('%Y', (-2**31 + 1899, 1, 1, 0, 0, 0, 0, 1, 0))
base = [2000, 1, 1, 0, 0, 0, 0, 1, 0]
for i, values in enumerate([(0, 13, -1), (0, 32, -1), (-1, 24), (-1, 60), (-1, 61, 62), (6, 7, -1, -2),
                            (0, 366, 367), (-5, 5)]):
    for v in values:
        t = list(base)
        t[i + 1] = v
        show('%m %d %H %M %S %w %j', tuple(t))
show('abc\0def', tuple(base))
show()
show('%Y', tuple(base), 3)
try:
    time.strftime(format='%Y')
except TypeError as e:
    print(type(e).__name__, e)
