print(False < True, True > 0.5, sorted([True, False, 0, 1, -1]), max([False, True]))
print(True == 1.0, (True, 2) == (1, 2))
