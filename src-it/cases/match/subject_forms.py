a, b = 1, 2
match a, b:
    case (1, 2):
        print("tuple subject")
match a, *[3, 4]:
    case [x, *rest]:
        print("starred subject", x, rest)
def gen():
    yield 1
match gen():
    case [x]:
        print("generator is a sequence?")
    case _:
        print("generator is not a sequence")
match (yield_ := 5):
    case 5:
        print("walrus subject", yield_)
calls = 0
def subject():
    global calls
    calls += 1
    return [calls]
match subject():
    case [2]:
        print("no")
    case [1]:
        print("subject evaluated once:", calls)
