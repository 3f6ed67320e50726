# A tour of Python: iteration protocols and structural pattern matching.
class Countdown:
    def __init__(self, start):
        self.n = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1


print(list(Countdown(5)), list(reversed(range(5))), list(range(10, 0, -3)))
it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "end"))
words = ["apple", "bob", "kayak", "level", "python"]
print([w for w in words if w == w[::-1]], sorted(words, key=len, reverse=True))


def describe(value):
    match value:
        case 0:
            return "zero"
        case int(n) if n < 0:
            return f"negative int {n}"
        case int() | float() as n:
            return f"number {n}"
        case [x, y]:
            return f"pair {x}, {y}"
        case [first, *others]:
            return f"list starting {first} (+{len(others)})"
        case {"type": "point", "x": x, "y": y}:
            return f"point at {x},{y}"
        case str() as s if s:
            return f"text {s!r}"
        case _:
            return "something else"


for v in (0, -4, 2.5, [1, 2], [1, 2, 3], {"type": "point", "x": 1, "y": 2}, "hi", "", None):
    print(describe(v))
