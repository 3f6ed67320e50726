# Condition methods need the lock held; with a plain Lock too.
import threading

for lock in (None, threading.Lock(), threading.RLock()):
    cond = threading.Condition(lock)
    for name, call in (("wait", lambda: cond.wait(0)),
                       ("wait_for", lambda: cond.wait_for(lambda: False, 0)),
                       ("notify", cond.notify),
                       ("notify_all", cond.notify_all)):
        try:
            call()
        except RuntimeError as e:
            print(name, "RuntimeError:", e)
    with cond:
        cond.notify()
        cond.notify_all()
        print("notify under the lock is fine;", cond._is_owned())
    print(cond._is_owned())
cond = threading.Condition(threading.Lock())
cond.acquire()
print(cond.acquire(False))
cond.release()
print(cond.acquire(False))
cond.release()
