# A list's getsizeof follows its capacity as it grows and shrinks, as CPython's does.
import sys

l = []
sizes = []
for i in range(40):
    sizes.append(sys.getsizeof(l))
    l.append(i)
print(sizes)
shrink = []
while l:
    l.pop()
    shrink.append(sys.getsizeof(l))
print(shrink)
print(sys.getsizeof([1, 2, 3]), sys.getsizeof([]), [].__sizeof__(), [1, 2].__sizeof__())
m = list(range(5))
m.clear()
print(sys.getsizeof(m))
m.extend(range(100))
print(sys.getsizeof(m) > sys.getsizeof([0] * 50))
del m[10:]
print(len(m), sys.getsizeof(m) < 1000)
