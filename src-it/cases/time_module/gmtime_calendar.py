# gmtime across leap days, century years and the days of the week.
import time

def seconds(days):
    return days * 86400 + 12 * 3600

# 1900 and 2100 are not leap years; 2000 and 2400 are.
for label, day in [('1900-02-28', -25508), ('1900-03-01', -25507), ('2000-02-28', 11015),
                   ('2000-02-29', 11016), ('2000-03-01', 11017), ('2100-02-28', 47540),
                   ('2100-03-01', 47541), ('2400-02-29', 157113), ('0001-01-01', -719162),
                   ('9999-12-31', 2932896)]:
    g = time.gmtime(seconds(day))
    print(label, '%04d-%02d-%02d' % (g.tm_year, g.tm_mon, g.tm_mday), g.tm_wday, g.tm_yday)

# Each day of 1999-2001: count the days per month and check the weekday cycle.
months = {}
prev_wday = None
for day in range(10592, 10592 + 366 * 3):
    g = time.gmtime(seconds(day))
    months[(g.tm_year, g.tm_mon)] = months.get((g.tm_year, g.tm_mon), 0) + 1
    if prev_wday is not None and g.tm_wday != (prev_wday + 1) % 7:
        print('bad weekday', g)
    prev_wday = g.tm_wday
print([months[(2000, m)] for m in range(1, 13)])
print([months[(2001, m)] for m in range(1, 13)])
