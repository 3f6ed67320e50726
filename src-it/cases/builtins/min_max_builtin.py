print(min(3, 1, 2), max([4, 9, 2]), min("bca"), max("a", "ab"), min([3, 1], key=lambda x: -x), max([], default="empty"))
print(max([(1, "b"), (1, "a")]), min([[2], [1, 5]]), max(1, 2.5, key=float))
print(max([1, 3, 3, 2], key=lambda x: x // 2), min({"x": 2, "y": 1}, key={"x": 2, "y": 1}.get))
for args in ((), ([],), (1,)):
    try:
        min(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    max(1, 2, default=0)
except TypeError as e:
    print(e)
