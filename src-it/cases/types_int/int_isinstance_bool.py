print(isinstance(True, int), type(True) is int, True + 1, issubclass(bool, int))
print(int.__name__, int.__mro__)
