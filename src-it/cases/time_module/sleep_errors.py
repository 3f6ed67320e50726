# sleep's argument errors, as CPython's.
import time

cases = [-1, -0.5, -1e-9, -1e-12, 'x', None, float('nan'), 1e30, -9.3e18, 10**30, -2**63, [1], 1j]
for arg in cases:
    try:
        time.sleep(arg)
        print(repr(arg), 'slept')
    except (ValueError, TypeError, OverflowError) as e:
        print(repr(arg), type(e).__name__, e)
for args, kwargs in [((), {}), ((1, 2), {}), ((), {'secs': 1})]:
    try:
        time.sleep(*args, **kwargs)
    except TypeError as e:
        print(type(e).__name__, e)
