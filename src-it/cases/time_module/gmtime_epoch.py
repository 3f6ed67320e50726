# gmtime of fixed instants: fields, hidden fields, rounding down.
import time

for t in [0, 1, -1, 1234567890.5, 1234567890.999, -1.5, 951782400, 2**31, -2**31, True]:
    g = time.gmtime(t)
    print(repr(t), tuple(g), g.tm_zone, g.tm_gmtoff)
print(time.gmtime(0))
print(time.gmtime(None).tm_year >= 2024, time.gmtime().tm_zone)

class Seconds:
    def __index__(self):
        return 86400

print(tuple(time.gmtime(Seconds())))
