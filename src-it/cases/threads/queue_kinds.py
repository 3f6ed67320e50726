# Queue is first in, first out; LifoQueue last in, first out; PriorityQueue smallest first.
import queue

data = [5, 1, 4, 2, 3, 1]
for cls in (queue.Queue, queue.LifoQueue, queue.PriorityQueue):
    q = cls()
    for x in data:
        q.put(x)
    print(cls.__name__, q.qsize(), q.empty(), [q.get() for _ in data], q.empty())
pq = queue.PriorityQueue()
for item in [(2, "b"), (1, "z"), (2, "a"), (0, "first")]:
    pq.put(item)
print([pq.get_nowait() for _ in range(4)])
q = queue.Queue()
q.put("a")
q.put("b")
print(list(q.queue), q.unfinished_tasks, q.maxsize)
print(queue.Queue[int], queue.SimpleQueue[str], queue.LifoQueue.__mro__[1].__name__)
print(sorted(queue.__all__))
