# heapreplace pops first, heappushpop pushes first; both keep the heap.
import heapq

h = [1, 3, 5, 7, 9, 11]
heapq.heapify(h)
print(heapq.heapreplace(h, 0), h)
print(heapq.heapreplace(h, 10), h)
print(heapq.heappushpop(h, 0), h)
print(heapq.heappushpop(h, 6), h)
print(heapq.heappushpop([], 4))
h = [(2, "b"), (1, "a")]
heapq.heapify(h)
print(heapq.heapreplace(h, (3, "c")), h)
print(heapq.heappushpop(h, (2, "a")), h)
state = 7
h = []
for i in range(40):
    state = (state * 1103515245 + 12345) % 2 ** 31
    heapq.heappush(h, state % 50)
    if i % 3 == 2:
        heapq.heappushpop(h, state % 17)
    if i % 5 == 4:
        heapq.heapreplace(h, state % 23)
print(h)
