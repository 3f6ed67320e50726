# %z and %Z take the zone and offset of a struct_time; a plain tuple has none.
import time

print(time.strftime('%z %Z', time.gmtime(0)))
for off in [0, 3600, -3600, 19800, -19800, 45, -45, 3599, 86400 * 2]:
    st = time.struct_time((2000, 1, 1, 0, 0, 0, 0, 1, 0, 'ABC', off))
    print(off, repr(time.strftime('%z|%_z|%-z|%8z|%Z|%#Z|%^Z|%6Z', st)))
st = time.struct_time((2000, 1, 1, 0, 0, 0, 0, 1, -1, 'ABC', 3600))
print(repr(time.strftime('%z|%Z', st)))
print(repr(time.strftime('%z', (2000, 1, 1, 0, 0, 0, 0, 1, -1))))
print(repr(time.strftime('%z', (2000, 1, 1, 0, 0, 0, 0, 1, 0))))
for bad in ['x', 2**70, 1.5]:
    try:
        time.strftime('%z', time.struct_time((1, 1, 1, 1, 1, 1, 1, 1, 1, 'A', bad)))
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    time.strftime('%Z', time.struct_time((1, 1, 1, 1, 1, 1, 1, 1, 1, 5, 0)))
except TypeError as e:
    print(type(e).__name__, e)
