import pickle

values = [0.0, -0.0, 1.5, -2.25, 1e300, 5e-324, 1 / 3, float('inf'), float('-inf')]
for p in range(pickle.HIGHEST_PROTOCOL + 1):
    for v in values:
        data = pickle.dumps(v, p)
        print(p, repr(v), data)
        assert pickle.loads(data) == v
