a = []
b = a
print(a is b, [] is [], () is (), None is None, a is not None)
x = (1, 2)
print(x is x, type(x) is tuple, type(a) is list)
