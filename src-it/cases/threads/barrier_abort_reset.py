# Barrier errors: abort() and timeouts break it; reset() makes it usable again.
import threading

print(issubclass(threading.BrokenBarrierError, RuntimeError))
barrier = threading.Barrier(2)
errors = []


def party(timeout=None):
    try:
        barrier.wait(timeout)
    except threading.BrokenBarrierError as e:
        errors.append(type(e).__name__)


t = threading.Thread(target=party)
t.start()
while barrier.n_waiting == 0:
    t.join(0.001)
barrier.abort()
t.join()
print(errors, barrier.broken, repr(barrier).endswith(": broken>"))
try:
    barrier.wait()
except threading.BrokenBarrierError:
    print("broken barrier raises at once")
barrier.reset()
print(barrier.broken)
party(timeout=0.01)
print(errors, barrier.broken)
barrier.reset()
t = threading.Thread(target=party)
t.start()
print(barrier.wait(30) in (0, 1))
t.join()
print(errors, barrier.broken)


def failing_action():
    raise ValueError("action failed")


b2 = threading.Barrier(1, action=failing_action)
try:
    b2.wait()
except ValueError as e:
    print("ValueError:", e, b2.broken)
timed = threading.Barrier(2, timeout=0.01)
try:
    timed.wait()
except threading.BrokenBarrierError:
    print("default timeout breaks it:", timed.broken)
