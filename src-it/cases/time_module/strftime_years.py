# Years without padding, centuries and two-digit years, before year 1000 and after 9999.
import time

for year in [-12345, -101, -100, -99, -1, 0, 1, 9, 99, 100, 999, 1899, 1900, 1999, 2000, 9999, 10000, 123456]:
    t = (year, 3, 7, 15, 4, 9, 2, 66, 0)
    print(year, time.strftime('Y=%Y C=%C y=%y G=%G g=%g F=%F D=%D', t))
print(time.strftime('%Y', (2**31 - 1, 1, 1, 0, 0, 0, 0, 1, 0)))
print(time.strftime('%Y', (-2**31 + 1900, 1, 1, 0, 0, 0, 0, 1, 0)))
