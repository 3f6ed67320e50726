# glibc's flags: _ (spaces), - (no padding), 0 (zeros), ^ (upper case), # (swap case), widths.
import time

t = (2009, 3, 5, 7, 4, 9, 3, 64, 0)
for spec in ['%d', '%_d', '%-d', '%0e', '%e', '%-e', '%5d', '%_5d', '%-5d', '%05e',
             '%^a', '%^B', '%#a', '%#p', '%#Z', '%^p', '%10A', '%-10A', '%010A', '%3Y',
             '%8Y', '%_8Y', '%-j', '%_H', '%-M', '%Ey', '%EY', '%Od', '%Oe', '%OH', '%Ec', '%Ex']:
    print(spec, repr(time.strftime(spec, t)))
