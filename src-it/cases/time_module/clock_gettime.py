# clock_gettime and friends take Linux's clock ids.
import time

for name in ['CLOCK_REALTIME', 'CLOCK_MONOTONIC', 'CLOCK_PROCESS_CPUTIME_ID',
             'CLOCK_THREAD_CPUTIME_ID', 'CLOCK_MONOTONIC_RAW', 'CLOCK_BOOTTIME', 'CLOCK_TAI']:
    clk = getattr(time, name)
    print(name, clk, type(time.clock_gettime(clk)).__name__, type(time.clock_gettime_ns(clk)).__name__,
          time.clock_getres(clk))
print(abs(time.clock_gettime(time.CLOCK_REALTIME) - time.time()) < 60)
a = time.clock_gettime_ns(time.CLOCK_MONOTONIC)
b = time.clock_gettime_ns(time.CLOCK_MONOTONIC)
print(a <= b)

for f in [time.clock_gettime, time.clock_gettime_ns, time.clock_getres]:
    for arg in [99, -1, 'x', 1.5, 2**40, 2**80]:
        try:
            f(arg)
        except (OSError, TypeError, OverflowError) as e:
            print(f.__name__, repr(arg), type(e).__name__, e)
    try:
        f()
    except TypeError as e:
        print(type(e).__name__, e)
