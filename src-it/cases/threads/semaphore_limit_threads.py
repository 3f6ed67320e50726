# A BoundedSemaphore(2) lets at most two threads into the guarded section at once.
import threading

sem = threading.BoundedSemaphore(2)
lock = threading.Lock()
inside = 0
peak = 0
done = []


def work(n):
    global inside, peak
    with sem:
        with lock:
            inside += 1
            peak = max(peak, inside)
        for _ in range(200):
            pass
        with lock:
            inside -= 1
            done.append(n)


threads = [threading.Thread(target=work, args=(i,)) for i in range(8)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(done), 1 <= peak <= 2, inside, sem._value)
