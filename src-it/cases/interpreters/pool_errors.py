import multiprocessing


def fail(x):
    if x == 3:
        raise KeyError(x)
    return x


class Unusual(Exception):
    def __init__(self, code, text):
        super().__init__(code, text)
        self.code = code


def fail_custom():
    raise Unusual(7, "custom")


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        try:
            pool.map(fail, range(6))
        except KeyError as e:
            print("KeyError", e)
        try:
            pool.apply(fail_custom)
        except Unusual as e:
            print("Unusual", e.code, e.args)
        r = pool.apply_async(fail, (3,))
        r.wait()
        print(r.ready(), r.successful())
    try:
        pool.map(fail, [1])
    except ValueError as e:
        print("ValueError", e)
