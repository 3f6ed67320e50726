calls = []
def g(name, result):
    calls.append(name)
    return result
def m(v):
    match v:
        case [x, y] if g("sum", x + y > 10):
            return "big pair"
        case [x, y] if g("eq", x == y):
            return "equal pair"
        case [x, *_] if g("neg", x < 0):
            return "negative start"
        case int(n) if n % 2 == 0:
            return "even"
        case int(n):
            return f"odd {n}"
    return "nothing"
for v in ([5, 6], [2, 2], [1, 3], [-1, 0, 1], 4, 7, "s"):
    calls.clear()
    print(v, m(v), calls)
def bound_even_if_guard_fails(v):
    match v:
        case [a, b] if a > b:
            return "desc"
        case _:
            return f"guard failed but a={a}, b={b}"
print(bound_even_if_guard_fails([1, 2]))
def guard_raises(v):
    match v:
        case x if 1 / x:
            return "ok"
try:
    guard_raises(0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
