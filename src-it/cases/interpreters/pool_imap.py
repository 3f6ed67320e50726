import multiprocessing


def cube(x):
    return x ** 3


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        print(list(pool.imap(cube, range(8))))
        print(list(pool.imap(cube, range(8), chunksize=3)))
        print(sorted(pool.imap_unordered(cube, range(8))))
        print(sorted(pool.imap_unordered(cube, range(8), 4)))
