try:
    [1, "a", 2].sort()
except TypeError as e:
    print(e)
try:
    sorted([1, 2], key=5)
except TypeError as e:
    print(e)
lst = [3, 2, 1]
def bad_key(x):
    lst.append(x)
    return x
try:
    lst.sort(key=bad_key)
except ValueError as e:
    print(e)
print(len(lst) >= 3)
try:
    [].sort(lambda x: x)
except TypeError as e:
    print(e)
