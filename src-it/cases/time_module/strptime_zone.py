# %z gives tm_gmtoff; %Z knows UTC and GMT and keeps the text as tm_zone.
import time

def show(*args):
    try:
        r = time.strptime(*args)
        print(args, r.tm_isdst, repr(r.tm_zone), r.tm_gmtoff)
    except ValueError as e:
        print(args, 'ValueError', e)

show('+0530', '%z')
show('-0530', '%z')
show('-05:30', '%z')
show('+05:30:15', '%z')
show('-05:30:15.5', '%z')
show('-0530:15', '%z')
show('-05:3015', '%z')
show('Z', '%z')
show('z', '%z')
show('+2400', '%z')
show('UTC', '%Z')
show('utc', '%Z')
show('GMT 1', '%Z %H')
show('2000-01-01 12:00:00 +0100', '%Y-%m-%d %H:%M:%S %z')
show('Mars', '%Z')
