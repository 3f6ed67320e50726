# operator: the operator functions, itemgetter, attrgetter, methodcaller, and errors.
import operator
from operator import itemgetter, attrgetter, methodcaller
print(operator.add(2, 3), operator.sub(5, 1), operator.mul('a', 3), operator.truediv(7, 2), operator.floordiv(7, 2),
      operator.mod(7, 3), operator.pow(2, 10), operator.neg(4), operator.pos(-4), operator.abs(-3), operator.inv(5),
      operator.lshift(1, 4), operator.rshift(32, 2), operator.and_(6, 3), operator.or_(6, 3), operator.xor(6, 3))
print(operator.lt(1, 2), operator.le(2, 2), operator.eq(1, 1), operator.ne(1, 2), operator.ge(1, 2), operator.gt(3, 2),
      operator.not_(0), operator.truth([]), operator.is_(None, None), operator.is_not(1, None))
print(operator.concat([1], [2]), operator.contains([1, 2], 2), operator.countOf([1, 2, 1], 1), operator.indexOf('abc', 'c'),
      operator.getitem({'k': 9}, 'k'), operator.index(7), operator.length_hint(iter([1, 2, 3])), operator.length_hint(5, 9),
      operator.call(max, 3, 8))
lst = [1, 2, 3]
operator.setitem(lst, 0, 10); operator.delitem(lst, 1); print(lst, operator.iadd([1], [2]), operator.imul('ab', 2))
rows = [('b', 2, 'x'), ('a', 3, 'y'), ('c', 1, 'z')]
print(sorted(rows, key=itemgetter(1)), sorted(rows, key=itemgetter(0, 2)), itemgetter(1, 0)(rows[0]))
class P:
    def __init__(self, n, inner=None): self.n = n; self.inner = inner
    def scaled(self, k, plus=0): return self.n * k + plus
p = P(3, P(5))
print(attrgetter('n')(p), attrgetter('inner.n', 'n')(p), methodcaller('scaled', 2, plus=1)(p))
print(repr(itemgetter(1, 'a')), repr(attrgetter('x', 'y.z')), repr(methodcaller('m', 1, k=2)))
print(operator.__add__ is operator.add, operator.__not__ is operator.not_, operator.__invert__ is operator.inv)
for bad in (lambda: operator.indexOf([1], 2), lambda: attrgetter(1), lambda: methodcaller(2), lambda: operator.concat(1, 2)):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
