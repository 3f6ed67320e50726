# Names of days, months and AM/PM, in any case; %I with and without %p.
import time

def show(*args):
    r = time.strptime(*args)
    print(args, tuple(r)[:8])

show('MONDAY march 5', '%A %B %d')
show('mon Mar 5', '%a %b %d')
show('sUnDaY', '%A')
show('sep 2001', '%b %Y')
show('September 2001', '%B %Y')
show('12 am', '%I %p')
show('12 PM', '%I %p')
show('1 pm', '%I %p')
show('11 AM', '%I %p')
show('11', '%I')
show('12', '%I')
show('07:30 pm', '%H:%M %p')
for wd in ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']:
    print(wd, time.strptime(wd, '%a').tm_wday)
