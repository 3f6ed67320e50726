# task_done() and join(): join returns once every item put has been marked done.
import queue
import threading

q = queue.Queue()
processed = []
lock = threading.Lock()


def worker():
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            return
        with lock:
            processed.append(item * item)
        q.task_done()


workers = [threading.Thread(target=worker) for _ in range(3)]
for w in workers:
    w.start()
for i in range(30):
    q.put(i)
q.join()
print(len(processed), sum(processed), q.unfinished_tasks)
for _ in workers:
    q.put(None)
q.join()
for w in workers:
    w.join()
try:
    q.task_done()
except ValueError as e:
    print("ValueError:", e)
