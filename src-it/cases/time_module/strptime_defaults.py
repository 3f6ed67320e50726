# Defaults, the %y century pivot, whitespace, and 29 February without a year.
import time

def show(*args):
    r = time.strptime(*args)
    print(repr(args), tuple(r))

show('', '')
show('12', '%H')
show('68', '%y')
show('69', '%y')
show('00', '%y')
show('99', '%y')
show('12/31/68', '%x')
show('02-29', '%m-%d')
show('03-01', '%m-%d')
show(' 3', '%d')
show('3\t\n x', '%d x')
show('3 x', '%d\tx')
show('61', '%S')
show('23:59:60', '%H:%M:%S')
show('1 2 03', '%d %m %y')
