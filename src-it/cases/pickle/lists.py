import pickle

values = [[], [1], [1, 'a', [2.5]], list(range(5))]
for p in range(pickle.HIGHEST_PROTOCOL + 1):
    for v in values:
        data = pickle.dumps(v, p)
        print(p, repr(v), data)
        assert pickle.loads(data) == v
