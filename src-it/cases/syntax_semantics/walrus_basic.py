data = [1, 5, 9, 2]
if (n := len(data)) > 3:
    print("long", n)
vals = [y for x in data if (y := x * 2) > 4]
print(vals, y)
i = 0
while (i := i + 1) < 4:
    print("i", i)
print((z := 10) + z)
