# sys.version_info as a struct sequence and a tuple; hexversion agrees with it.
import sys

v = sys.version_info
print(v[:2], v.major, v.minor, v.releaselevel, v.serial)
print(v >= (3, 11), v < (4,), len(v), type(v).__name__)
print(sys.hexversion >> 24 == v.major, (sys.hexversion >> 16) & 0xff == v.minor)
print(sys.version.split()[0] == '%d.%d.%d' % v[:3])
print(v.major == v[0], tuple(v)[:2])
try:
    v.major = 4
except AttributeError as e:
    print('AttributeError', e)
