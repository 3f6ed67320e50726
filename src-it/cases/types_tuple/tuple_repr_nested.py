print((1, (2, (3, (4,)))), ((),), (None, True, "s", b"b", 1.0, 1j), repr(("it's",)))
print(str((1, "x")), [(1,)], {"k": (1, 2)})
