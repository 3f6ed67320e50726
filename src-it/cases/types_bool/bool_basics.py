print(True, False, repr(True), str(False), type(True).__name__)
print(True + True, True * 10, False - 1, True / 2, True // 1, -True, ~True, ~False)
print(True & False, True | False, True ^ True, type(True & False).__name__, type(True + 0).__name__)
print(bool(), bool(0), bool(1), bool(-1), bool(""), bool("0"), bool([]), bool([0]), bool(None), bool(0.0), bool(0j), bool({}), bool(()), bool(range(0)))
