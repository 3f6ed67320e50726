# PriorityQueue across threads: items come out by priority once all are in.
import queue
import threading

pq = queue.PriorityQueue()
lq = queue.LifoQueue(maxsize=3)
ready = threading.Barrier(4)


def put_some(k):
    for i in range(3):
        pq.put((i * 10 + k, f"task{k}.{i}"))
    ready.wait()


threads = [threading.Thread(target=put_some, args=(k,)) for k in range(3)]
for t in threads:
    t.start()
ready.wait()
for t in threads:
    t.join()
print([pq.get()[1] for _ in range(9)])
for x in "abc":
    lq.put(x)
print(lq.full(), lq.get(), lq.get(), lq.qsize())
try:
    queue.PriorityQueue().get(timeout=0)
except queue.Empty:
    print("empty priority queue")
