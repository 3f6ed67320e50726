def deco(f):
    def wrapper(*a, **k):
        print("before", f.__name__)
        r = f(*a, **k)
        print("after", r)
        return r
    return wrapper
@deco
def add(a, b):
    return a + b
print(add(2, 3))
print(add.__name__)
