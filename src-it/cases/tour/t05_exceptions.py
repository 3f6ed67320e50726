# A tour of Python: exceptions, context managers and an uncaught error.
class InsufficientFunds(Exception):
    def __init__(self, needed):
        super().__init__(f"need {needed} more")
        self.needed = needed


def withdraw(balance, amount):
    if amount > balance:
        raise InsufficientFunds(amount - balance)
    return balance - amount


for amount in (30, 80):
    try:
        print("left:", withdraw(50, amount))
    except InsufficientFunds as e:
        print("refused:", e, e.needed)
    else:
        print("ok")
    finally:
        print("done with", amount)


class Resource:
    def __enter__(self):
        print("open")
        return self

    def __exit__(self, exc_type, exc, tb):
        print("close", exc_type.__name__ if exc_type else None)
        return exc_type is KeyError


with Resource():
    {}["missing"]
print("KeyError suppressed")

try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError("bad input") from e
except ValueError as e:
    print(repr(e), repr(e.__cause__))


def parse(text):
    return int(text)


def load(items):
    return [parse(t) for t in items]


load(["1", "2", "three"])
