# The zone attributes: their types, their relation to localtime, and tzset.
import time

print(type(time.timezone).__name__, type(time.altzone).__name__, type(time.daylight).__name__)
print(type(time.tzname).__name__, len(time.tzname), [type(n).__name__ for n in time.tzname])
print(time.daylight in (0, 1), -48 * 3600 <= time.timezone <= 48 * 3600)
print(time.altzone <= time.timezone or not time.daylight)
before = (time.timezone, time.altzone, time.daylight, time.tzname)
print(time.tzset())
print(before == (time.timezone, time.altzone, time.daylight, time.tzname))
for t in [0, 1234567890, 1700000000, 1719792000]:
    l = time.localtime(t)
    print(-l.tm_gmtoff in (time.timezone, time.altzone) or not time.daylight and -l.tm_gmtoff != time.timezone,
          l.tm_zone in time.tzname or len(l.tm_zone) > 0)
print(time.strptime(time.tzname[0], '%Z').tm_isdst in (-1, 0))
try:
    time.tzset(1)
except TypeError as e:
    print(type(e).__name__, e)
