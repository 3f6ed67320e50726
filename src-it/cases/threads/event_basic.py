# Event: wait() blocks until set(); clear() lowers the flag; wait(timeout) reports it.
import threading

ev = threading.Event()
print(ev.is_set(), ev.wait(0.01), ev.wait(0), ev.wait(-1))
ev.set()
print(ev.is_set(), ev.wait(), ev.wait(0))
ev.clear()
print(ev.is_set(), ev.wait(timeout=0.01))

gate = threading.Event()
woken = []
lock = threading.Lock()


def waiter(n):
    result = gate.wait(30)
    with lock:
        woken.append((n, result))


threads = [threading.Thread(target=waiter, args=(i,)) for i in range(5)]
for t in threads:
    t.start()
gate.set()
for t in threads:
    t.join()
print(sorted(woken))
r = repr(gate)
print(r.startswith("<threading.Event at 0x"), r.endswith(": set>"))
gate.clear()
print(repr(gate).endswith(": unset>"))
