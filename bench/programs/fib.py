"""Recursive Fibonacci: function calls and small-int arithmetic."""


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def run():
    return fib(32)


if __name__ == "__main__":
    print(run())
