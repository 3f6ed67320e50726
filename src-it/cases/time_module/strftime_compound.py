# Directives made of others: %c %x %X %D %F %T %R %r, and %n %t %%.
import time

for t in [(2009, 2, 13, 23, 31, 30, 4, 44, 0), (1999, 7, 4, 9, 5, 1, 6, 185, 0),
          (7, 1, 2, 3, 4, 5, 0, 2, 0)]:
    for d in 'cxXDFTRr':
        print('%' + d, repr(time.strftime('%' + d, t)))
print(repr(time.strftime('a%nb%tc%%d', (2000, 1, 1, 0, 0, 0, 5, 1, 0))))
print(repr(time.strftime('%%Y is %Y', (2000, 1, 1, 0, 0, 0, 5, 1, 0))))
