# notify(n) wakes exactly n waiters, the longest-waiting first; notify_all wakes the rest.
import threading

lock = threading.Lock()
cond = threading.Condition(lock)
progress = threading.Condition(lock)
waiting = 0
woken = []


def waiter(n):
    global waiting
    with cond:
        waiting += 1
        progress.notify()
        cond.wait()
        woken.append(n)
        progress.notify()


threads = []
for i in range(5):
    t = threading.Thread(target=waiter, args=(i,))
    t.start()
    threads.append(t)
    with lock:
        progress.wait_for(lambda: waiting == i + 1)
with lock:
    cond.notify(2)
    progress.wait_for(lambda: len(woken) == 2)
    print("after notify(2):", sorted(woken), len(cond._waiters))
    cond.notify(0)
    cond.notify_all()
    progress.wait_for(lambda: len(woken) == 5)
for t in threads:
    t.join()
print("after notify_all:", sorted(woken), sorted(woken[2:]))
