# Barrier: parties wait for each other; the action runs once per trip; indices 0..n-1.
import threading

trips = []
barrier = threading.Barrier(3, action=lambda: trips.append(len(trips)))
print(barrier.parties, barrier.n_waiting, barrier.broken)
indices = []
lock = threading.Lock()


def party(rounds):
    for r in range(rounds):
        i = barrier.wait()
        with lock:
            indices.append((r, i))


threads = [threading.Thread(target=party, args=(4,)) for _ in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(trips)
print(sorted(indices))
print(barrier.n_waiting, barrier.broken)
r = repr(barrier)
print(r.startswith("<threading.Barrier at 0x"), r.endswith(": waiters=0/3>"))
single = threading.Barrier(1)
print(single.wait(), single.wait())
