# queue.Queue keeps its waiting items in a deque (programs read q.queue); LifoQueue and PriorityQueue in lists.
q = queue.Queue(); q.put(1); q.put(2)
print(type(q.queue).__name__, q.queue, q.get(), q.queue)
q = queue.Queue()
for i in range(100000): q.put(i)
for i in range(100000): q.get()
print(q.empty(), queue.LifoQueue().queue, queue.PriorityQueue().queue)
