# Each clock gives a float in seconds and an int in nanoseconds.
import time

for name in ['time', 'monotonic', 'perf_counter', 'process_time', 'thread_time']:
    f = getattr(time, name)
    ns = getattr(time, name + '_ns')
    a = f()
    b = ns()
    print(name, type(a).__name__, type(b).__name__, a >= 0, b >= 0)
print(time.time() > 1.5e9, time.time_ns() > 1.5e18)
print(isinstance(time.time_ns(), int), isinstance(time.monotonic(), float))
# time() and time_ns() read the same clock.
t = time.time()
n = time.time_ns()
print(abs(n / 1e9 - t) < 60)
