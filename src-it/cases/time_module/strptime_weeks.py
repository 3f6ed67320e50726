# Day of the year, week numbers with a weekday, and ISO weeks.
import time

def show(*args):
    try:
        r = time.strptime(*args)
        print(args, tuple(r)[:8])
    except ValueError as e:
        print(args, 'ValueError', e)

show('60', '%j')
show('2000 60', '%Y %j')
show('2001 366', '%Y %j')
show('2000 366', '%Y %j')
show('2000 12 3', '%Y %U %w')
show('2000 0 3', '%Y %W %w')
show('2000 0 0', '%Y %U %w')
show('2000 53 6', '%Y %W %u')
show('2000 12', '%Y %U')
show('2004 53 5', '%G %V %u')
show('2021 01 1', '%G %V %u')
show('2010 01 1', '%G %V %u')
show('2021 01', '%G %V')
show('2021 01 1 5', '%G %V %u %j')
show('01 1', '%V %u')
show('01', '%V')
show('2021 01 1', '%Y %V %u')
show('1', '%w')
show('7', '%u')
