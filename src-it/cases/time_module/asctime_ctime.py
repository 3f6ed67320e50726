# asctime's fixed format; ctime is asctime of localtime.
import time

for tup in [(2000, 1, 1, 0, 0, 0, 5, 1, 0), (1999, 12, 31, 23, 59, 59, 4, 365, 0),
            (12345, 12, 3, 1, 2, 3, 6, 337, 0), (-5, 7, 14, 9, 8, 7, 0, 195, 0),
            (2024, 0, 0, 0, 0, 0, 0, 0, 0), (2024, 2, 29, 12, 30, 61, 3, 60, -1)]:
    print(repr(time.asctime(tup)))
print(time.asctime(time.gmtime(0)))
print(time.asctime(time.gmtime(1234567890)))
print(time.ctime(1234567890) == time.asctime(time.localtime(1234567890)))
print(len(time.asctime()), len(time.ctime()), len(time.ctime(None)))
for arg in [(1, 2), [1] * 9, 5, (2000, 13, 1, 0, 0, 0, 0, 1, 0), (2000, 1, 1, 0, 0, 0, -2, 1, 0)]:
    try:
        time.asctime(arg)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for call in [lambda: time.asctime(1, 2), lambda: time.ctime(0, 1), lambda: time.ctime('x'),
             lambda: time.asctime(t=1)]:
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
