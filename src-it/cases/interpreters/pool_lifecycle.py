import multiprocessing


def double(x):
    return 2 * x


def remember(values):
    remember.seen = getattr(remember, "seen", 0) + len(values)
    return sum(values)


if __name__ == "__main__":
    pool = multiprocessing.Pool(processes=2)
    print(pool.map(double, [1, 2, 3]))
    try:
        pool.join()
    except ValueError as e:
        print("ValueError", e)
    pool.close()
    try:
        pool.apply(double, (1,))
    except ValueError as e:
        print("ValueError", e)
    pool.join()
    print(multiprocessing.cpu_count() >= 1)
    results = []
    with multiprocessing.Pool(2) as p2:
        r = p2.map_async(double, range(4), callback=results.append)
        r.wait()
        print(r.get(), results)
        print(p2.apply(remember, ([1, 2, 3],)))
