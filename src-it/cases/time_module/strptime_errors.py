# strptime's errors: text that does not match, bad formats, argument types, impossible dates.
import time

def show(*args):
    try:
        print(time.strptime(*args))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

show('2000x', '%Y')
show('x2000', '%Y')
show('2000', '%y')
show('1234567', '%f')
show('2000', '%Q')
show('2000', '%')
show('2000%', '%Y%')
show('2000', '% Y')
show('2000', '%.Y')
show('x', '')
show('62', '%S')
show('24', '%H')
show('1999-13-01', '%Y-%m-%d')
show('2021-02-29', '%Y-%m-%d')
show('Feb 30', '%b %d')
show('0000', '%Y')
show('\u0661\u0662', '%m')
show(1)
show('1', 2)
show(b'2000', '%Y')
show()
show('a', 'b', 'c')
try:
    time.strptime(data_string='2000', format='%Y')
except TypeError as e:
    print(type(e).__name__, e)
