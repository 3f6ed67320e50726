# merge: lazily merges sorted inputs; ties keep input order; key and reverse.
import heapq

print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9])))
print(list(heapq.merge([1, 1, 2], [], [1, 3], iter([0, 4]))))
print(list(heapq.merge()), list(heapq.merge([5])))
a = [("x", 1), ("y", 3)]
b = [("z", 1), ("w", 2)]
print(list(heapq.merge(a, b, key=lambda p: p[1])))
print(list(heapq.merge([9, 5, 1], [8, 5, 2], reverse=True)))
print(list(heapq.merge(["ccc", "a"], ["bb", "d"], key=len, reverse=True)))
it = heapq.merge([1, 3], [2, 4])
print(type(it).__name__, next(it), next(it), list(it))


def noisy(name, values):
    for v in values:
        print("  from", name, v)
        yield v


for v in heapq.merge(noisy("A", [1, 4]), noisy("B", [2, 3])):
    print("got", v)
