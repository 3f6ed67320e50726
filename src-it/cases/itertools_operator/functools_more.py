# functools: cmp_to_key, total_ordering, lru_cache/cache with their statistics, cached_property.
import functools
from functools import cmp_to_key, total_ordering, lru_cache, cache, cached_property
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)), sorted('bca', key=cmp_to_key(lambda a, b: (a > b) - (a < b))))
@total_ordering
class V:
    def __init__(self, n): self.n = n
    def __eq__(self, o): return isinstance(o, V) and self.n == o.n
    def __lt__(self, o): return self.n < o.n if isinstance(o, V) else NotImplemented
print(V(1) < V(2), V(2) > V(1), V(1) <= V(1), V(3) >= V(2), V(2) > V(2), V.__gt__.__qualname__)
try:
    V(1) > 5
except TypeError as e:
    print(e)
try:
    total_ordering(type('N', (), {}))
except ValueError as e:
    print(e)
calls = []
@lru_cache(maxsize=2)
def sq(x):
    calls.append(x); return x * x
print([sq(i) for i in (1, 2, 1, 3, 2, 1)], calls, sq.cache_info(), sq.cache_parameters(), sq.__name__, sq.__wrapped__.__name__)
sq.cache_clear(); print(sq.cache_info())
@lru_cache
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60), fib.cache_info())
@cache
def twice(x, *, k=1): return x * 2 * k
print(twice(3), twice(3), twice(3, k=2), twice.cache_info())
@lru_cache(typed=True)
def t(x): return type(x).__name__
print(t(1), t(1.0), t.cache_info().currsize)
try:
    lru_cache('x')
except TypeError as e:
    print(e)
class C:
    def __init__(self): self.runs = 0
    @cached_property
    def value(self):
        """The value."""
        self.runs += 1; return 42
c = C()
print(c.value, c.value, c.runs, C.value.__doc__, 'value' in vars(c))
del c.value; print(c.value, c.runs)
class S:
    __slots__ = ()
    @cached_property
    def p(self): return 1
try:
    S().p
except TypeError as e:
    print(e)
