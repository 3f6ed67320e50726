# collections.namedtuple: construction, defaults, renaming, helpers, errors and matching.
from collections import namedtuple
Point = namedtuple('Point', 'x y')
p = Point(1, y=2)
print(p, p.x, p[1], p._asdict(), p._replace(x=5), Point._make([3, 4]), Point._fields, p == (1, 2))
P3 = namedtuple('P3', ['a', 'b', 'c'], defaults=[7, 8])
print(P3(1), P3._field_defaults, P3.__doc__, P3.__new__.__doc__, P3.__module__, P3.a.__doc__)
print(namedtuple('R', 'a def _x a', rename=True)._fields)
for bad in (lambda: Point(1), lambda: Point(1, 2, 3), lambda: Point._make([1]), lambda: p._replace(z=1),
            lambda: namedtuple('Q', 'a a'), lambda: namedtuple('Q', '_a'), lambda: namedtuple('Q', 'def'),
            lambda: namedtuple('1Q', 'a'), lambda: namedtuple('Q', 'a b', defaults=[1, 2, 3])):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
match p:
    case Point(x, y):
        print('matched', x, y)
