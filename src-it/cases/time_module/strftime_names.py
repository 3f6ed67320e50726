# The C locale's weekday and month names.
import time

for wday in range(7):
    t = (2024, 1, 1, 0, 0, 0, wday, 1, 0)
    print(wday, time.strftime('%a %A %u %w', t))
for mon in range(1, 13):
    t = (2024, mon, 1, 0, 0, 0, 0, 1, 0)
    print(mon, time.strftime('%b %B %h %m', t))
