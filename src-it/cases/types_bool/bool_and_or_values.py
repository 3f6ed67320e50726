print(1 and 2, 0 and 2, 1 or 2, 0 or 2, "" or "x", [] and "y", None or 0)
print(not 0, not "a", not not [1])
print(all([]), any([]), all([1, 0]), any([0, 0, 3]))
print(sum([True, True, False]), max(True, 2), min(False, -1))
