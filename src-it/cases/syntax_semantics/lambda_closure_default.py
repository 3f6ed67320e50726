def make():
    return [lambda x, i=i: x * i for i in range(4)]
print([f(10) for f in make()])
k = 3
f = lambda: k
k = 4
print(f())
