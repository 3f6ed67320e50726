# Heaps compare with < only; a class with __lt__ orders its items; heapsort by popping.
import heapq


class Task:
    def __init__(self, priority, name):
        self.priority = priority
        self.name = name

    def __lt__(self, other):
        return self.priority < other.priority

    def __repr__(self):
        return f"{self.name}:{self.priority}"


tasks = [Task(p, n) for p, n in [(3, "c"), (1, "a"), (4, "d"), (1, "a2"), (5, "e"), (2, "b")]]
h = []
for t in tasks:
    heapq.heappush(h, t)
print(h)
print([heapq.heappop(h) for _ in range(len(h))])
print(heapq.nsmallest(3, tasks), heapq.nlargest(2, tasks))
print(list(heapq.merge(sorted(tasks[:3]), sorted(tasks[3:]))))
