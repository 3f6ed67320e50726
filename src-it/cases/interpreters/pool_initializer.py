import multiprocessing

settings = {}


def setup(scale):
    settings["scale"] = scale


def scaled(x):
    return x * settings.get("scale", 1)


if __name__ == "__main__":
    with multiprocessing.Pool(2, initializer=setup, initargs=(10,)) as pool:
        print(pool.map(scaled, range(6)))
    print(settings)
