import multiprocessing


def power(base, exp):
    return base ** exp


def describe(name, *, greeting="hello"):
    return f"{greeting}, {name}"


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        print(pool.starmap(power, [(2, 10), (3, 3), (10, 20)]))
        print(pool.apply(power, (7, 2)))
        print(pool.apply(describe, ("krait",), {"greeting": "hi"}))
        result = pool.apply_async(power, (2, 100))
        print(result.get(timeout=60), result.ready(), result.successful())
