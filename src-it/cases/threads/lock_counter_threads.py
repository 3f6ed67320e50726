# Eight threads increment a lock-protected counter and append to a shared list.
import threading

N, M = 8, 2000
counter = 0
items = []
lock = threading.Lock()


def work(k):
    global counter
    for i in range(M):
        with lock:
            counter += 1
        items.append((k, i))


threads = [threading.Thread(target=work, args=(k,)) for k in range(N)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(counter, len(items), len(set(items)))
print(sorted(items) == [(k, i) for k in range(N) for i in range(M)])
