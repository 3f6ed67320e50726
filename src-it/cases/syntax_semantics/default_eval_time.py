n = 1
def f(x=n):
    return x
n = 2
print(f())
def g(x=print("default evaluated") or 5):
    return x
print(g(), g())
