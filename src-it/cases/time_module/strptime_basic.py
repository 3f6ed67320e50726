# strptime parses into a struct_time; missing fields take their defaults.
import time

def show(*args):
    r = time.strptime(*args)
    print(tuple(r), r.tm_zone, r.tm_gmtoff)

show('2000', '%Y')
show('2009-02-13 23:31:30', '%Y-%m-%d %H:%M:%S')
show('Fri Feb 13 23:31:30 2009')
show('Tue Mar 17 22:44:55 1999', '%c')
show('03/17/99 22:44:55', '%x %X')
show('2000-06-15T10:20:30', '%Y-%m-%dT%H:%M:%S')
show('5', '%d')
show('123456', '%f')
show('', '')
show('%', '%%')
show('(2000)', '(%Y)')
show('[2000]*.', '[%Y]*.')
r = time.strptime('2024-02-29', '%Y-%m-%d')
print(type(r).__name__, r, len(r))
print(time.strftime('%Y-%m-%d', r))
