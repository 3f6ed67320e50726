"""A generator pipeline: produce, filter, transform, window and reduce with yield / yield from."""


def numbers(n):
    for i in range(n):
        yield i


def only(pred, it):
    for v in it:
        if pred(v):
            yield v


def squares(it):
    for v in it:
        yield v * v % 1000


def windows(it, size):
    buf = []
    for v in it:
        buf.append(v)
        if len(buf) == size:
            yield tuple(buf)
            del buf[0]


def chained(n):
    yield from numbers(n // 2)
    yield from (x * 3 for x in range(n // 2))


def accumulate():
    total = 0
    while True:
        v = yield total
        total += v


def run(n=800000):
    pipe = windows(squares(only(lambda v: v % 3 != 0, chained(n))), 3)
    acc = accumulate()
    next(acc)
    result = 0
    for a, b, c in pipe:
        result = acc.send(a + 2 * b - c)
    acc.close()
    return result, sum(1 for _ in only(lambda v: v & 1, numbers(n)))


if __name__ == "__main__":
    print(run())
