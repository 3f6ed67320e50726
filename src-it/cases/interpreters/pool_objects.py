import multiprocessing


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


def scale(p, k):
    return Point(p.x * k, p.y * k)


def summary(data):
    return {"keys": sorted(data), "total": sum(data.values()), "nested": [data, data]}


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        print(pool.starmap(scale, [(Point(1, 2), 3), (Point(-1, 0), 2)]))
        out = pool.apply(summary, ({"a": 1, "b": 2},))
        print(out["keys"], out["total"], out["nested"][0] is out["nested"][1])
        original = [1, 2]
        back = pool.apply(list, (original,))
        print(back == original, back is original)
