for v in (0j, 1 + 0j, 1j, 1 + 1j, -2.5 + 3j):
    print(v, hash(v))
print(hash(1 + 0j) == hash(1), {1: "int"}[1 + 0j])
