# SimpleQueue: unbounded FIFO, put never blocks, get with timeouts.
import queue
import threading

sq = queue.SimpleQueue()
print(sq.empty(), sq.qsize())
for i in range(5):
    sq.put(i)
sq.put_nowait("x")
sq.put("y", block=False, timeout=3)
print(sq.qsize(), [sq.get() for _ in range(6)], sq.get_nowait(), sq.empty())
for call in (sq.get_nowait, lambda: sq.get(timeout=0.01), lambda: sq.get(False, 5)):
    try:
        call()
    except queue.Empty:
        print("Empty")
try:
    sq.get(timeout=-1)
except ValueError as e:
    print("ValueError:", e)
out = []
t = threading.Thread(target=lambda: [out.append(sq.get()) for _ in range(3)])
t.start()
for word in ("a", "b", "c"):
    sq.put(word)
t.join()
print(out, queue.SimpleQueue)
