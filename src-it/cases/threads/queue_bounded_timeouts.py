# A bounded queue: Full when no slot frees up; Empty when no item comes; timeout checks.
import queue

q = queue.Queue(maxsize=2)
q.put(1)
q.put_nowait(2)
print(q.full(), q.qsize())
for call in (lambda: q.put(3, block=False), lambda: q.put(3, timeout=0.01),
             lambda: q.put_nowait(3), lambda: q.put(3, False, 5)):
    try:
        call()
    except queue.Full as e:
        print("Full", repr(e))
try:
    q.put(3, timeout=-1)
except ValueError as e:
    print("ValueError:", e)
print(q.get(), q.get_nowait(), q.empty())
for call in (lambda: q.get(block=False), lambda: q.get(timeout=0.01), q.get_nowait,
             lambda: q.get(timeout=0)):
    try:
        call()
    except queue.Empty as e:
        print("Empty", repr(e))
try:
    q.get(timeout=-0.5)
except ValueError as e:
    print("ValueError:", e)
print(queue.Empty, queue.Full, issubclass(queue.Empty, Exception))
unbounded = queue.Queue(maxsize=0)
for i in range(100):
    unbounded.put_nowait(i)
print(unbounded.full(), unbounded.qsize())
