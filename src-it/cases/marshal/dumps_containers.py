# tuples (small ')' and '('), lists, dicts (ended by '0'), sets and frozensets.
import marshal

t = (1, 2, 3)
print(marshal.dumps(t))
print(marshal.dumps(()))
lst = [1, 'a', None]
print(marshal.dumps(lst))
d = {'k': 1, 2: [3]}
print(marshal.dumps(d))
s = {1, 2, 3}
print(marshal.dumps(s))
fs = frozenset({7})
print(marshal.dumps(fs))
big = tuple(range(300))
data = marshal.dumps(big)
print(data[:5], len(data), marshal.loads(data) == big)
for v in [t, lst, d, s, fs, ((1, 2), [3, (4,)], {5: {6: 7}})]:
    back = marshal.loads(marshal.dumps(v))
    print(type(back).__name__, back == v)
