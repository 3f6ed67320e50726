# Executor.map: results in input order, several iterables, errors raised when reached.
from concurrent.futures import ThreadPoolExecutor


def add(a, b):
    return a + b


def check(x):
    if x == 3:
        raise KeyError(x)
    return x


with ThreadPoolExecutor(3) as ex:
    print(list(ex.map(abs, [-3, 2, -1, 0])))
    print(list(ex.map(add, [1, 2, 3], [10, 20, 30, 40])))
    print(list(ex.map(add, "ab", "xy", chunksize=4)))
    print(list(ex.map(abs, [])))
    results = ex.map(check, range(6))
    got = []
    try:
        for r in results:
            got.append(r)
    except KeyError as e:
        print("KeyError:", e, got)
    print(list(ex.map(str, range(3), timeout=30)))
