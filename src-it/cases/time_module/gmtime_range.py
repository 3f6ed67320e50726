# gmtime at the edges of time_t and of C's int year, and its argument errors.
import time

for t in [2**55, -2**55, 2**62, -2**62, 2**63 - 1, 2**63, -2**63 - 1, 10**30, 9.2e18, 9.3e18,
          -9.3e18, 1e20, float('inf'), float('-inf'), float('nan'), 'x', [0], 1j]:
    try:
        g = time.gmtime(t)
        print(repr(t), tuple(g))
    except (OSError, OverflowError, ValueError, TypeError) as e:
        print(repr(t), type(e).__name__, e)
for args, kwargs in [((1, 2), {}), ((), {'secs': 1})]:
    try:
        time.gmtime(*args, **kwargs)
    except TypeError as e:
        print(type(e).__name__, e)
