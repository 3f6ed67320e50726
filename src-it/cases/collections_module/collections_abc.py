# collections.abc: the builtins' places among the ABCs, the one-trick hooks, and the mixins.
from collections import abc, OrderedDict, deque
import collections.abc as cabc
print(cabc is abc, abc.Sequence.__module__, abc.Mapping.__name__)
checks = [([], abc.MutableSequence), ((), abc.Sequence), ((), abc.MutableSequence), ('s', abc.Sequence), (b'b', abc.ByteString),
          ({}, abc.MutableMapping), ({}.keys(), abc.KeysView), ({}.items(), abc.Set), (set(), abc.MutableSet),
          (frozenset(), abc.Set), (frozenset(), abc.MutableSet), (range(3), abc.Sequence), (iter([]), abc.Iterator),
          ((x for x in ()), abc.Generator), (len, abc.Callable), (1, abc.Hashable), ([], abc.Hashable), (3, abc.Iterable),
          (OrderedDict(), abc.Mapping), (deque(), abc.Sized), (deque(), abc.Iterable), ({}, abc.Reversible),
          (type.__dict__, abc.Mapping), (zip(), abc.Iterator), (memoryview(b''), abc.Sequence)]
print([isinstance(obj, cls) for obj, cls in checks])
print(issubclass(list, abc.Iterable), issubclass(int, abc.Container), issubclass(dict, abc.Collection))
class Box(abc.Sequence):
    def __init__(self, *items): self.items = items
    def __getitem__(self, i): return self.items[i]
    def __len__(self): return len(self.items)
b = Box(3, 1, 3)
print(list(b), 3 in b, b.index(1), b.count(3), list(reversed(b)), isinstance(b, abc.Reversible))
try:
    b.index(9)
except ValueError as e:
    print('ValueError', repr(e))
class Store(abc.MutableMapping):
    def __init__(self): self.d = {}
    def __getitem__(self, k): return self.d[k]
    def __setitem__(self, k, v): self.d[k] = v
    def __delitem__(self, k): del self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
s = Store(); s.update({'a': 1}, b=2); s.setdefault('c', 3)
print(dict(s), s.get('z', 0), 'a' in s, s.pop('a'), s.pop('q', None), list(s.keys()), list(s.items()), list(s.values()))
print(s == {'b': 2, 'c': 3}, s.popitem(), len(s), s.keys() & {'c'}, repr(s.keys())[:8])
s.clear(); print(len(s))
try:
    abc.Sequence()
except TypeError as e:
    print(e)
class Bits(abc.MutableSet):
    def __init__(self, it=()): self.s = set(it)
    def __contains__(self, x): return x in self.s
    def __iter__(self): return iter(sorted(self.s))
    def __len__(self): return len(self.s)
    def add(self, x): self.s.add(x)
    def discard(self, x): self.s.discard(x)
x = Bits([1, 2, 3])
print(list(x | Bits([4])), list(x & Bits([2, 9])), list(x - Bits([1])), list(x ^ Bits([3, 5])), x <= Bits([1, 2, 3, 4]), x == Bits([3, 2, 1]))
x -= {1}; x |= [7]; print(list(x), x.isdisjoint([8]))
class L(abc.MutableSequence):
    def __init__(self): self.v = []
    def __getitem__(self, i): return self.v[i]
    def __setitem__(self, i, x): self.v[i] = x
    def __delitem__(self, i): del self.v[i]
    def __len__(self): return len(self.v)
    def insert(self, i, x): self.v.insert(i, x)
l = L(); l.extend([1, 2, 3]); l.append(4); l.reverse(); print(l.v, l.pop(), l.v); l.remove(3); l += [9]; print(l.v)
class Gen(abc.Generator):
    def send(self, v): raise StopIteration
    def throw(self, typ, val=None, tb=None): return super().throw(typ, val, tb)
g = Gen()
for args in ((ValueError,), (ValueError, ValueError('given')), (KeyError, None, None)):
    try:
        g.throw(*args)
    except Exception as e:
        print(type(e).__name__, e)
print(list(g), isinstance(g, abc.Iterator))
g.close(); print('closed')
