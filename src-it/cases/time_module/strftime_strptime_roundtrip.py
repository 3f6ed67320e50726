# What strftime writes, strptime reads back.
import time

formats = ['%Y-%m-%d %H:%M:%S', '%c', '%x %X', '%a %d %b %Y %I:%M:%S %p', '%A %B %d %Y %H%M%S',
           '%j %Y %H:%M:%S', '%G-W%V-%u %H:%M:%S', '%y%m%d %H%M%S']
for t in [0, 951782400, 1234567890, 1700000000, 2000000000, 4102444799]:
    g = time.gmtime(t)
    for fmt in formats:
        text = time.strftime(fmt, g)
        back = time.strptime(text, fmt)
        if tuple(back)[:8] != tuple(g)[:8]:
            print('differs', fmt, text, tuple(back), tuple(g))
    print(t, time.strftime('%Y-%m-%d %H:%M:%S', g), 'round trip ok')
