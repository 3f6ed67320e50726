try:
    g = (x for x in 5)
except TypeError as e:
    print("eager", e)
def f():
    print("outer iterable evaluated")
    return [1, 2]
g = (x for x in f())
print("before consume")
print(list(g))
