# Monotonic clocks never go backwards; CPU-time clocks grow with work.
import time

prev = time.monotonic()
prev_ns = time.monotonic_ns()
ok = True
for _ in range(1000):
    now = time.monotonic()
    now_ns = time.monotonic_ns()
    ok = ok and now >= prev and now_ns >= prev_ns
    prev, prev_ns = now, now_ns
print('monotonic never decreases:', ok)
print(time.monotonic() <= time.monotonic())
print(time.perf_counter() <= time.perf_counter())
print(time.perf_counter_ns() <= time.perf_counter_ns())

p0 = time.process_time()
t0 = time.thread_time_ns()
total = 0
for i in range(200000):
    total += i * i
p1 = time.process_time()
t1 = time.thread_time_ns()
print(total, p1 >= p0, t1 >= t0)
