m = [[i * j for j in range(3)] for i in range(3)]
print(m)
flat = [v for row in m for v in row if v % 2 == 0]
print(flat)
pairs = [(a, b) for a in range(3) for b in range(a)]
print(pairs)
