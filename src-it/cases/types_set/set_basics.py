s = {3, 1, 2}
s.add(4)
s.add(1)
print(sorted(s), len(s), 2 in s, 9 not in s)
s.discard(9)
s.remove(3)
print(sorted(s))
try:
    s.remove(9)
except KeyError as e:
    print(repr(e))
print(set(), set("aab") == {"a", "b"}, sorted(set(range(5))), {1, 2} == {2, 1})
