# itertools: every iterator of 3.11 against CPython's items and messages.
from itertools import *
import operator
print(list(islice(count(5), 3)), list(islice(count(1, 0.5), 3)), repr(count(3)), repr(count(2, 3)))
print(list(repeat('x', 3)), repr(repeat(1, 2)), list(islice(cycle('ab'), 5)), list(accumulate([1, 2, 3, 4])))
print(list(accumulate([3, 1, 4], max)), list(accumulate([1, 2], initial=10)), list(accumulate([])))
print(list(chain('ab', [1])), list(chain.from_iterable(['xy', 'z'])), list(compress('abcd', [1, 0, 1, 0])))
print(list(dropwhile(lambda x: x < 3, [1, 2, 3, 1])), list(takewhile(lambda x: x < 3, [1, 2, 3, 1])))
print(list(filterfalse(None, [0, 1, '', 'a'])), list(starmap(pow, [(2, 3), (3, 2)])))
print(list(islice('abcdefg', 2)), list(islice('abcdefg', 2, 4)), list(islice('abcdefg', 1, None, 2)), list(islice('abc', 0)))
print(list(pairwise('abcd')), list(zip_longest('ab', 'xyz', fillvalue='-')), list(zip_longest()))
print([(k, list(g)) for k, g in groupby('aabbbc')], [k for k, g in groupby([1, 1, 2, 3, 3])])
print([(k, list(g)) for k, g in groupby(['ab', 'ac', 'b'], key=lambda s: s[0])])
groups = list(groupby('aabb'))
print([list(g) for k, g in groups])
a, b = tee(iter([1, 2, 3]))
print(next(a), list(b), list(a))
print(list(product('ab', [0, 1])), list(product('ab', repeat=2))[:3], len(list(product(range(3), repeat=3))))
print(list(permutations('abc', 2)), list(permutations([1, 2, 3]))[-1], list(permutations('ab', 3)))
print(list(combinations('abcd', 2)), list(combinations(range(4), 3)), list(combinations('ab', 3)))
print(list(combinations_with_replacement('abc', 2)), list(combinations_with_replacement('', 0)))
print(type(chain()).__name__, type(count()).__module__)
for bad in (lambda: islice('a', -1), lambda: islice('a', 0, 1, 0), lambda: list(permutations('a', -1))):
    try:
        bad()
    except ValueError as e:
        print(type(e).__name__, e)
for a in [(-1,), (-1, 2), (0, -2), (0, 1, 0)]:
    try:
        islice('a', *a)
    except ValueError as e:
        print(a, e)
