# A local subclass: __init__ runs again, with the constructor's arguments, in each thread.
import threading


class Counter(threading.local):
    initial = 0

    def __init__(self, start):
        self.count = start
        self.calls = 1

    def bump(self):
        self.count += 1
        return self.count


counter = Counter(10)
counter.bump()
results = []
lock = threading.Lock()


def body(times):
    for _ in range(times):
        counter.bump()
    with lock:
        results.append((times, counter.count, counter.calls, counter.initial))


threads = [threading.Thread(target=body, args=(i,)) for i in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results))
print(counter.count)
try:
    threading.local(1)
except TypeError as e:
    print("TypeError:", e)
