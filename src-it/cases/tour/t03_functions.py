# A tour of Python: functions, closures, decorators and generators.
def greet(name, greeting="Hello", *, punct="!"):
    return f"{greeting}, {name}{punct}"

print(greet("World"), greet("Bob", "Hi", punct="?"))

def total(*args, **kwargs):
    return sum(args), sorted(kwargs.items())

print(total(1, 2, 3, a=1, b=2))

def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc

c = counter()
print(c(), c(), c())

def trace(fn):
    def wrapper(*args):
        result = fn(*args)
        print(f"{fn.__name__}{args} -> {result}")
        return result
    return wrapper

@trace
def add(a, b):
    return a + b

add(2, 3)

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

gen = fib()
print([next(gen) for _ in range(10)])
print(list(map(lambda n: n * 2, filter(lambda n: n % 2, range(10)))))
print(sum(n * n for n in range(100)), any(n > 98 for n in range(100)), all([]))

def chain(*iterables):
    for it in iterables:
        yield from it

print(list(chain("ab", [1, 2], range(3))))
try:
    greet()
except TypeError as e:
    print("TypeError:", e)
