# strftime's common directives on a fixed time.
import time

t = (2009, 2, 13, 23, 31, 30, 4, 44, 0)
for d in 'aAbBdHIjmMpSwyYeuCkl':
    print('%' + d, repr(time.strftime('%' + d, t)))
print(time.strftime('%Y-%m-%d %H:%M:%S', t))
print(time.strftime('%d/%m/%y %I:%M %p', t))
print(time.strftime('%A, %B %d, %Y', time.gmtime(0)))
print(time.strftime('%j', (2000, 12, 31, 0, 0, 0, 6, 366, 0)))
noon = (2000, 1, 1, 12, 0, 0, 5, 1, 0)
midnight = (2000, 1, 1, 0, 0, 0, 5, 1, 0)
print(time.strftime('%I %p %l', noon), time.strftime('%I %p %l', midnight))
print(type(time.strftime('%Y')).__name__, len(time.strftime('%Y-%m-%d')))
