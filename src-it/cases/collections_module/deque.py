# collections.deque: ends, maxlen, rotation, indexing, comparisons and errors.
from collections import deque
d = deque([1, 2, 3], maxlen=4)
d.append(4); d.append(5); d.appendleft(0)
print(d, d.maxlen, len(d), d[0], d[-1], 3 in d)
d.rotate(1); print(d); d.rotate(-2); print(d)
d.extendleft([9, 8]); print(d, d.pop(), d.popleft(), d)
print(deque(), deque('abc'), deque(range(3)) == deque([0, 1, 2]), deque([1]) == [1])
for bad in (lambda: deque().pop(), lambda: deque().popleft(), lambda: deque([1])[5], lambda: deque([1]).remove(2),
            lambda: deque([1]).index(7), lambda: deque([1], maxlen=1).insert(0, 2), lambda: deque([], -1),
            lambda: deque([1]) + [2], lambda: deque([1])['a'], lambda: hash(deque())):
    try:
        bad()
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
q = deque([1, 2]); q += [3]; print(q * 2, q.count(2), q.index(3), list(reversed(q)), q.copy(), q[1:2] if False else '')
