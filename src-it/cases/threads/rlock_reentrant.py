# RLock: the owner may acquire again; each acquire needs its release; others must wait.
import threading

rlock = threading.RLock()
print(rlock.acquire(), rlock.acquire(), rlock.acquire(blocking=False))
print(rlock._is_owned(), rlock._recursion_count())
other = []


def try_from_other():
    other.append(rlock.acquire(blocking=False))
    other.append(rlock.acquire(timeout=0.01))
    try:
        rlock.release()
    except RuntimeError as e:
        other.append(str(e))
    other.append(rlock._is_owned())


t = threading.Thread(target=try_from_other)
t.start()
t.join()
print(other)
rlock.release()
rlock.release()
rlock.release()
print(rlock._is_owned(), rlock._recursion_count())
try:
    rlock.release()
except RuntimeError as e:
    print("RuntimeError:", e)
with rlock:
    with rlock:
        print("nested with:", rlock._recursion_count())
print(rlock._recursion_count())
t = threading.Thread(target=lambda: other.append(rlock.acquire(timeout=5)))
t.start()
t.join()
print(other[-1])
