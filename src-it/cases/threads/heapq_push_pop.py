# heappush/heappop/heapify keep CPython's exact list layout.
import heapq

data = [9, 4, 7, 1, 8, 2, 6, 3, 5, 0, 4, 7]
h = []
for x in data:
    heapq.heappush(h, x)
    print(h)
while h:
    print(heapq.heappop(h), h)
h = list(data)
heapq.heapify(h)
print(h)
print([heapq.heappop(h) for _ in range(len(h))])
words = ["pear", "apple", "fig", "kiwi", "banana"]
heapq.heapify(words)
print(words)
print(heapq.__all__)
