# A tour of Python: lists, tuples, dicts and sets.
nums = [5, 3, 8, 1, 9, 2]
nums.sort()
print(nums, nums[1:4], nums[-1], sum(nums), max(nums), min(nums))
squares = [n * n for n in nums if n % 2]
print(squares, list(zip(nums, squares)), list(enumerate("abc", 1)))
point = (3, 4)
x, y = point
first, *rest = nums
print(x, y, first, rest, point + (5,), (1, 2) < (1, 3))
ages = {"alice": 31, "bob": 27}
ages["carol"] = 35
ages.update(dave=40)
print(ages, sorted(ages.items(), key=lambda kv: kv[1]))
print({k: v for k, v in ages.items() if v > 30}, ages.get("eve", "missing"))
print(ages | {"bob": 28}, list(ages.keys()), "bob" in ages)
a, b = {1, 2, 3, 4}, {3, 4, 5}
print(a & b, a | b, a - b, a ^ b, {n % 3 for n in range(10)})
matrix = [[r * 3 + c for c in range(3)] for r in range(3)]
print(matrix, [list(col) for col in zip(*matrix)])
del nums[0]
nums.insert(0, 100)
print(nums, nums.index(8), nums.pop(), nums)
