a = {1, 2, 3}
a |= {4}
a &= {1, 2, 4, 5}
a -= {1}
a ^= {9, 2}
print(sorted(a))
a.update([7], range(2))
print(sorted(a))
a.intersection_update({0, 7, 9})
print(sorted(a))
a.difference_update([0])
a.symmetric_difference_update({1})
print(sorted(a))
