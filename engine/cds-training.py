# What the krait launcher runs once to write its class-data-sharing archive (see ../krait): a
# small program touching what most programs use, so that their classes are archived too.
import sys


class Point:
    __slots__ = ('x', 'y')

    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f'Point({self.x!r}, {self.y!r})'


def squares(n):
    for i in range(n):
        yield i * i


words = 'the quick brown fox jumps over the lazy dog'.split()
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
total = sum(squares(10)) + len({w[0] for w in words}) + int('12') + round(2.5 * 1.5)
try:
    [][1]
except IndexError as e:
    message = str(e)
else:
    pass
text = '%s %d %.2f' % (message, total, 1 / 3) + str(Point(1, 2.0)) + repr(sorted(counts.items())[:2])
sys.stdout.write('' if text else '\n')
