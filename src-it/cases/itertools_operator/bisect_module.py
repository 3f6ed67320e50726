# bisect: positions, insertion, key= (3.10+), and the lo check.
import bisect
a = [1, 2, 2, 4, 8]
print(bisect.bisect_left(a, 2), bisect.bisect_right(a, 2), bisect.bisect(a, 5), bisect.bisect_left(a, 0), bisect.bisect(a, 9))
print(bisect.bisect_left(a, 2, 2), bisect.bisect_right(a, 4, 0, 3))
b = []
for x in (5, 1, 4, 1, 3):
    bisect.insort(b, x)
print(b)
bisect.insort_left(b, 4); bisect.insort_right(b, 0); print(b)
people = [('ann', 31), ('bob', 25), ('cy', 40)]
people.sort(key=lambda p: p[1])
print(bisect.bisect_left(people, 30, key=lambda p: p[1]))
bisect.insort(people, ('dee', 33), key=lambda p: p[1]); print(people)
try:
    bisect.bisect(a, 1, -1)
except ValueError as e:
    print(e)
