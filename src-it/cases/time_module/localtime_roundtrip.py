# localtime and mktime undo each other, whatever the local zone.
import time

def utc_fields(t):
    g = time.gmtime(t)
    return (g.tm_year, g.tm_mon, g.tm_mday, g.tm_hour, g.tm_min, g.tm_sec)

def days(y, m, d):
    # Days since 1970-01-01 of a proleptic Gregorian date.
    y -= m <= 2
    era = y // 400
    yoe = y - era * 400
    doy = (153 * (m + (-3 if m > 2 else 9)) + 2) // 5 + d - 1
    return era * 146097 + yoe * 365 + yoe // 4 - yoe // 100 + doy - 719468

for t in [0, 86400 * 365, 1234567890, 1700000000, 1719792000, 1704067200, -1000000000, 4000000000]:
    l = time.localtime(t)
    back = time.mktime(l)
    y, mo, d, h, mi, s = l[:6]
    wall = days(y, mo, d) * 86400 + h * 3600 + mi * 60 + s
    print(t, back == t, type(back).__name__, wall - t == l.tm_gmtoff, type(l.tm_zone).__name__,
          l.tm_isdst in (0, 1), time.ctime(t) == time.asctime(l))
print(type(time.localtime()).__name__, time.localtime(None).tm_year >= 2024)
for arg in ['x', float('nan'), 1e20, 2**70]:
    try:
        time.localtime(arg)
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
