calls = []
def key(x):
    calls.append(x)
    return -x
print(sorted([3, 1, 2], key=key))
print(calls)
print(sorted([], key=key), sorted([1], key=key))
