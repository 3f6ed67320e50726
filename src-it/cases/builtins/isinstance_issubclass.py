print(isinstance(1, int), isinstance(1, (str, int)), isinstance("s", (list, (tuple, str))), isinstance(True, int), isinstance(1, bool))
print(issubclass(bool, int), issubclass(int, (str, object)), issubclass(int, int))
for f in (lambda: isinstance(1, 1), lambda: issubclass(1, int), lambda: issubclass(int, "x")):
    try:
        f()
    except TypeError as e:
        print(e)
print(isinstance(1, int | str), issubclass(bool, int | None))
