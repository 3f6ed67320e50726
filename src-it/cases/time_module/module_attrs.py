# What the time module holds, and how its functions take arguments.
import time

names = ['altzone', 'asctime', 'clock_getres', 'clock_gettime', 'clock_gettime_ns', 'clock_settime',
         'clock_settime_ns', 'ctime', 'daylight', 'get_clock_info', 'gmtime', 'localtime', 'mktime',
         'monotonic', 'monotonic_ns', 'perf_counter', 'perf_counter_ns', 'process_time', 'process_time_ns',
         'sleep', 'strftime', 'strptime', 'struct_time', 'thread_time', 'thread_time_ns', 'time', 'time_ns',
         'timezone', 'tzname', 'tzset']
print(all(hasattr(time, n) for n in names), time._STRUCT_TM_ITEMS, time.__name__)
print(type(time.sleep).__name__, time.sleep.__name__, time.sleep.__self__ is time)
print(time.struct_time.__doc__ is not None)
for f in [time.time, time.time_ns, time.monotonic, time.perf_counter_ns, time.process_time, time.thread_time]:
    for call in [lambda: f(1), lambda: f(x=1)]:
        try:
            call()
        except TypeError as e:
            print(type(e).__name__, e)
for call in [lambda: time.mktime(), lambda: time.mktime(t=1), lambda: time.localtime(secs=0),
             lambda: time.strptime(x=1), lambda: time.clock_gettime(clk_id=1)]:
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
