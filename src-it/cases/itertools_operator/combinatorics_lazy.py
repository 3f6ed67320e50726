# product, permutations, combinations and combinations_with_replacement: CPython's order for every
# small case, and lazily: a product of 10**12 rows gives its first at once, 9! permutations finish.
from itertools import product, permutations, combinations, combinations_with_replacement as cwr
for args in [(), ([],), ([1, 2],), ("ab", "cd"), ("ab", []), (range(3),)]:
    print(list(product(*args)), list(product(*args, repeat=2))[:5])
for n in range(5):
    for r in [None, 0, 1, 2, 3, 6]:
        print(n, r, list(permutations(range(n), r)), list(combinations(range(n), r if r is not None else 2)), list(cwr("abc"[:n], r if r is not None else 2)))
print(list(permutations("aab")), list(combinations("aab", 2)))

print(sum(1 for _ in permutations(range(9))), sum(1 for _ in combinations(range(30), 4)), sum(1 for _ in cwr(range(12), 5)), next(product(range(10), repeat=12)))
it = product("ab", repeat=2); print(next(it), list(it))
try:
    permutations([1], -1)
except ValueError as e:
    print(e)
