print(sorted([3, 1, 2]), sorted("cba"), sorted([3, 1, 2], reverse=True), sorted({"b": 1, "a": 2}.items()))
print(sorted(["bb", "a", "ccc"], key=len), sorted([-3, 2, -1], key=abs))
try:
    sorted([1, 2], [3])
except TypeError as e:
    print(e)
