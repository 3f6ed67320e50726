# _thread.allocate_lock: acquire and release, non-blocking and timed tries, errors, with.
import _thread

lock = _thread.allocate_lock()
print(type(lock) is _thread.LockType, type(lock).__name__, type(lock).__module__)
print(repr(lock).split(" at ")[0])
print(lock.locked(), lock.acquire(), lock.locked())
print(repr(lock).split(" at ")[0])
print(lock.acquire(False), lock.acquire(blocking=False), lock.acquire(True, 0.01), lock.acquire(timeout=0))
lock.release()
print(lock.locked())
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError:", e)
with lock:
    print("inside", lock.locked())
print("after", lock.locked())
print(lock.acquire_lock(), lock.locked_lock())
lock.release_lock()
for args, kwargs in [((False, 1), {}), ((True, -2), {}), ((), {"timeout": -5.5}), ((True, 1e300), {})]:
    try:
        lock.acquire(*args, **kwargs)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
try:
    lock.acquire(True, "1")
except TypeError as e:
    print("TypeError:", e)
try:
    _thread.LockType()
except TypeError as e:
    print("TypeError:", e)
print(_thread.allocate().locked(), _thread.TIMEOUT_MAX, _thread.error is RuntimeError)


# A lock may be released by a thread that did not take it.
held = _thread.allocate_lock()
held.acquire()
done = _thread.allocate_lock()
done.acquire()


def releaser():
    held.release()
    done.release()


_thread.start_new_thread(releaser, ())
done.acquire()
print("released by another thread:", not held.locked())
