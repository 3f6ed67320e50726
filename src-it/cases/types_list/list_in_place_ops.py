a = [4, 1, 3]
r = a.sort()
print(r, a)
print(a.reverse(), a)
print(a.append(5), a.extend([]), a)
b = sorted(a)
print(b is a, b == sorted(a))
