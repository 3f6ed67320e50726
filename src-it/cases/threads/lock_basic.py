# Lock: acquire, release, locked, non-blocking and timed acquire, context manager, errors.
import threading

lock = threading.Lock()
print(type(lock).__name__, lock.locked())
print(lock.acquire(), lock.locked())
print(lock.acquire(False), lock.acquire(blocking=False))
print(lock.acquire(timeout=0.01), lock.acquire(True, 0))
lock.release()
print(lock.locked())
with lock:
    print("inside with:", lock.locked())
print("after with:", lock.locked())
for call in (lambda: lock.release(),
             lambda: lock.acquire(False, 1),
             lambda: lock.acquire(timeout=-5)):
    try:
        call()
    except (RuntimeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(lock.acquire(timeout=-1), lock.locked())
lock.release()
