a = [[0]] * 3
a[0].append(1)
print(a)
b = [[0] for _ in range(3)]
b[0].append(1)
print(b)
print([1, 2] + [3], [1] * 0, [1] * -1, 2 * [None])
try:
    [1] + (2,)
except TypeError as e:
    print(e)
c = [1]
c += (2, 3)
c += "ab"
print(c)
