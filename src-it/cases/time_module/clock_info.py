# get_clock_info describes each clock as a SimpleNamespace.
import time

for name in ['time', 'monotonic', 'perf_counter', 'process_time', 'thread_time']:
    info = time.get_clock_info(name)
    print(name, type(info).__name__, info.implementation, info.monotonic, info.adjustable,
          type(info.resolution).__name__, 0 < info.resolution <= 1)
print(sorted(vars(time.get_clock_info('time'))))

for args in [('nope',), (1,), (), ('time', 'x'), ('a\0b',)]:
    try:
        time.get_clock_info(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    time.get_clock_info(name='time')
except TypeError as e:
    print(type(e).__name__, e)
