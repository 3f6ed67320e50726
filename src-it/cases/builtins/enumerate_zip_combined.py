names = ["ann", "bob"]
ages = [31, 42]
for i, (n, a) in enumerate(zip(names, ages), 1):
    print(i, n, a)
print(dict(zip(names, ages)), list(map(lambda t: t[0] + str(t[1]), zip(names, ages))))
