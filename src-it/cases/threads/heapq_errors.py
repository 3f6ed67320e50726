# heapq's errors: lists only, empty heaps, incomparable items.
import heapq

for call in (lambda: heapq.heappop([]), lambda: heapq.heapreplace([], 1),
             lambda: heapq.heapify((3, 1)), lambda: heapq.heappush((), 1),
             lambda: heapq.heappop("ab"), lambda: heapq.heappushpop({}, 1),
             lambda: heapq.heappush([1], "a"), lambda: heapq.heapify([1, "a", 2]),
             lambda: heapq.nsmallest(2, [1, None, 3]), lambda: list(heapq.merge([1], ["a"]))):
    try:
        call()
    except (IndexError, TypeError) as e:
        print(type(e).__name__ + ":", e)


class MyList(list):
    pass


h = MyList([3, 1, 2])
heapq.heapify(h)
print(h, type(h).__name__, heapq.heappop(h))
