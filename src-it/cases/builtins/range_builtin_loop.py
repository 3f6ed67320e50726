total = 0
for i in range(1, 101):
    total += i
print(total, sum(range(101)), list(range(3, -3, -1)))
