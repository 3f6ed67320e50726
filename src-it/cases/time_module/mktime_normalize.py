# mktime normalizes out-of-range fields as C's mktime does; its argument errors.
import time

base = time.mktime((2001, 3, 12, 7, 11, 20, 0, 0, -1))
same = [
    (2000, 14, 40, 30, 70, 80, 0, 0, -1),
    (2001, 3, 11, 31, 11, 20, 0, 0, -1),
    (2001, 3, 12, 6, 71, 20, 0, 0, -1),
    (2001, 3, 12, 7, 10, 80, 5, 200, -1),
    (2001, 2, 40, 7, 11, 20, 0, 0, -1),
]
for tup in same:
    print(tup, time.mktime(tup) == base)
print(time.mktime((2001, 3, 13, 7, 11, 20, 0, 0, -1)) - base)
print(time.mktime((2001, 3, 12, 7, 11, 21, 0, 0, -1)) - base)
print(type(base).__name__, base == int(base))
print(time.mktime(time.localtime(1234567890)))
for arg in [(1, 2), [2000] * 9, 5, (2000, 1, 1, 0, 0, 0, 0, 0, 'x'), (2000, 1.5, 1, 0, 0, 0, 0, 0, 0),
            (2**31 + 1900, 1, 1, 0, 0, 0, 0, 0, 0), (-2**31 + 1899, 1, 1, 0, 0, 0, 0, 0, 0)]:
    try:
        time.mktime(arg)
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    time.mktime()
except TypeError as e:
    print(type(e).__name__, e)
