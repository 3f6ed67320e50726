a = [5, 3, 1]
def k(x):
    print("len during sort", len(a))
    return x
a.sort(key=k)
print(a)
