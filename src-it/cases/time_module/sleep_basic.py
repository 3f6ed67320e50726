# sleep waits at least as long as asked and returns None.
import time

print(time.sleep(0), time.sleep(0.0), time.sleep(False), time.sleep(-0.0))
start = time.monotonic()
time.sleep(0.05)
elapsed = time.monotonic() - start
print('slept long enough:', elapsed >= 0.05)

start = time.perf_counter_ns()
time.sleep(1e-3)
print('ns clock advanced:', time.perf_counter_ns() - start >= 1_000_000)

class Secs(float):
    pass

time.sleep(Secs(0.001))
print('float subclass accepted')
time.sleep(True - 1)
print('done')
