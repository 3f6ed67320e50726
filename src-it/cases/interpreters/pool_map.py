import multiprocessing


def square(x):
    return x * x


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        print(pool.map(square, range(12)))
        print(pool.map(square, [], chunksize=3))
        print(pool.map(square, range(5), chunksize=2))
