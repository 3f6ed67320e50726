# Several producers and consumers over one queue; a sentinel per consumer ends them.
import queue
import threading

q = queue.Queue(maxsize=5)
results = []
lock = threading.Lock()
STOP = object()


def producer(base):
    for i in range(20):
        q.put(base + i)


def consumer():
    while True:
        item = q.get()
        if item is STOP:
            return
        with lock:
            results.append(item)


producers = [threading.Thread(target=producer, args=(k * 100,)) for k in range(3)]
consumers = [threading.Thread(target=consumer) for _ in range(4)]
for t in producers + consumers:
    t.start()
for t in producers:
    t.join()
for _ in consumers:
    q.put(STOP)
for t in consumers:
    t.join()
print(len(results), sorted(results) == sorted(k * 100 + i for k in range(3) for i in range(20)))
print(q.qsize(), q.unfinished_tasks)
