import pickle

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x!r}, {self.y!r})"

for p in range(6):
    s = pickle.dumps(Point(1, "two"), p)
    print(p, s)
    print(pickle.loads(s))
print(pickle.dumps([Point(0, 0), Point(0, 0)], 2))
