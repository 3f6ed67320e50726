# time.struct_time: a tuple of nine fields plus tm_zone and tm_gmtoff as attributes.
import time

st = time.struct_time((2001, 2, 3, 4, 5, 6, 7, 8, 9))
print(st)
print(type(st), type(st).__mro__, isinstance(st, tuple), len(st))
print(st.tm_year, st.tm_mon, st.tm_mday, st.tm_hour, st.tm_min, st.tm_sec, st.tm_wday, st.tm_yday, st.tm_isdst)
print(st.tm_zone, st.tm_gmtoff)
print(st[0], st[-1], st[2:5], list(st), st == (2001, 2, 3, 4, 5, 6, 7, 8, 9))
print(time.struct_time.n_fields, time.struct_time.n_sequence_fields, time.struct_time.n_unnamed_fields)
print(time.struct_time.__match_args__)
z = time.struct_time((1, 2, 3, 4, 5, 6, 7, 8, 9, 'XYZ', 3600))
print(z, z.tm_zone, z.tm_gmtoff, len(z))
d = time.struct_time([1] * 9, {'tm_zone': 'ABC', 'tm_gmtoff': -60})
print(d.tm_zone, d.tm_gmtoff)
print(time.gmtime(0).__reduce__())
print(type(st).__name__, type(st).__module__, type(st).__qualname__)
for arg in [(1, 2), [1] * 12, 5, 'abcdefghi']:
    try:
        print(time.struct_time(arg))
    except TypeError as e:
        print(type(e).__name__, e)
try:
    st.tm_year = 5
except AttributeError as e:
    print(type(e).__name__)
match time.gmtime(0):
    case time.struct_time(tm_year=y, tm_mon=m):
        print('matched', y, m)
