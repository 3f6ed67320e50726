# Condition: consumers wait for items; notify() wakes one, notify_all() the rest.
import threading

cond = threading.Condition()
items = []
taken = []
waiting = 0


def consumer(n):
    global waiting
    with cond:
        waiting += 1
        cond.notify_all()
        while not items:
            cond.wait()
        taken.append((n, items.pop()))
        cond.notify_all()


consumers = [threading.Thread(target=consumer, args=(i,)) for i in range(4)]
for c in consumers:
    c.start()
with cond:
    cond.wait_for(lambda: waiting == 4)
    items.append("first")
    cond.notify()
with cond:
    cond.wait_for(lambda: len(taken) == 1)
    items.extend(["a", "b", "c"])
    cond.notify_all()
for c in consumers:
    c.join()
print(len(taken), sorted(item for _, item in taken), sorted(n for n, _ in taken))
print(repr(cond).startswith("<Condition(<unlocked _thread.RLock object owner=0 count=0"),
      repr(cond).endswith(", 0)>"))
