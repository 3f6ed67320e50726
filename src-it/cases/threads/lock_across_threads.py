# A Lock may be released by a thread other than the one that acquired it.
import threading

lock = threading.Lock()
lock.acquire()
events = []


def releaser():
    events.append("releasing")
    lock.release()


t = threading.Thread(target=releaser)
t.start()
print(lock.acquire(timeout=30))
t.join()
print(events, lock.locked())
lock.release()

# A waiter blocked in acquire() gets the lock once its holder lets go.
got = []
lock.acquire()
waiter = threading.Thread(target=lambda: got.append(lock.acquire()))
waiter.start()
waiter.join(0.05)
print("waiting:", waiter.is_alive(), got)
lock.release()
waiter.join()
print("got it:", got, lock.locked())
