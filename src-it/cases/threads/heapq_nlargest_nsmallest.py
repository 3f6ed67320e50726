# nlargest/nsmallest equal sorted(...)[:n], stable for equal keys.
import heapq

data = [(3, "a"), (1, "b"), (3, "c"), (2, "d"), (1, "e"), (3, "f"), (0, "g")]
first = lambda p: p[0]
for n in (-1, 0, 1, 2, 3, 7, 10):
    print(n, heapq.nsmallest(n, data, key=first), heapq.nlargest(n, data, key=first))
print(heapq.nsmallest(3, [5, 1, 4, 1, 5, 9, 2, 6]), heapq.nlargest(3, iter([5, 1, 4, 1, 5, 9])))
print(heapq.nsmallest(2, "hello"), heapq.nlargest(2, {3: "x", 8: "y", 1: "z"}))
print(heapq.nsmallest(1, []), heapq.nlargest(1, [], key=abs), heapq.nsmallest(5, []))
print(heapq.nlargest(2, [-5, 3, -1, 4], key=abs), heapq.nsmallest(2, [-5, 3, -1, 4], key=abs))
print(heapq.nlargest(1, [2, 7, 7], key=lambda x: x // 2), heapq.nsmallest(1, [(1, 2), (1, 1)]))
