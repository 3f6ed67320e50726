# Week numbers (%U %W), ISO 8601 weeks (%V %G %g %u) and %j around new year.
import time

def at(y, m, d):
    # The struct_time of noon UTC on y-m-d, found by stepping from the Epoch.
    days = 0
    for yy in range(1970, y):
        days += 366 if yy % 4 == 0 and (yy % 100 != 0 or yy % 400 == 0) else 365
    lengths = [31, 29 if y % 4 == 0 and (y % 100 != 0 or y % 400 == 0) else 28,
               31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    days += sum(lengths[:m - 1]) + d - 1
    return time.gmtime(days * 86400 + 43200)

for y in [1999, 2004, 2005, 2008, 2009, 2010, 2015, 2020, 2021]:
    for m, d in [(1, 1), (1, 2), (1, 3), (1, 4), (12, 28), (12, 29), (12, 31)]:
        print(time.strftime('%Y-%m-%d %a j=%j U=%U W=%W V=%V G=%G g=%g u=%u w=%w', at(y, m, d)))
