def f(*args):
    return len(args), args
a = [1, 2, 3]
print(f(*a), f(*a, *a), f(0, *a, 4), f(*[]), f(*"xy"), f(*range(3)))
