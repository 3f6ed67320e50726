# A with block releases its lock even when the block raises; other threads can then take it.
import threading

lock = threading.Lock()
rlock = threading.RLock()


def failing(guard):
    with guard:
        raise KeyError("inside")


for guard in (lock, rlock):
    try:
        failing(guard)
    except KeyError as e:
        print("KeyError:", e)
    got = []
    t = threading.Thread(target=lambda: got.append(guard.acquire(timeout=5)))
    t.start()
    t.join()
    print(type(guard).__name__, got)
print(lock.locked())
sem = threading.Semaphore(1)
try:
    with sem:
        raise OSError("sem")
except OSError:
    pass
print(sem.acquire(blocking=False))
