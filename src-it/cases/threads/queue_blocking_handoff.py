# put() blocks on a full queue until a getter makes room; get() blocks until an item comes.
import queue
import threading

q = queue.Queue(maxsize=1)
log = []
q.put("first")


def producer():
    q.put("second")
    log.append("producer unblocked")


p = threading.Thread(target=producer)
p.start()
p.join(0.05)
print("producer blocked:", p.is_alive())
print(q.get())
p.join()
print(log, q.get())
empty = queue.Queue()
got = []
c = threading.Thread(target=lambda: got.append(empty.get(timeout=30)))
c.start()
c.join(0.05)
print("consumer waiting:", c.is_alive())
empty.put("hello")
c.join()
print(got)
