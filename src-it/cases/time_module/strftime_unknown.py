# Unknown directives are copied as written; any text passes through.
import time

t = (2000, 1, 4, 0, 0, 0, 1, 4, 0)
for fmt in ['%Q %K %i %f', '%+', '%', 'a%', '%_', '%5', '%E', '%10Q|%_5%|%5n|%3t', '%:z', '',
            'plain text', 'é€😀 %Y', '\udc80%d', '100%%', '%%%Y%%']:
    print(repr(fmt), repr(time.strftime(fmt, t)))
long = time.strftime('%Y' * 500, t)
print(len(long), long[:12])
