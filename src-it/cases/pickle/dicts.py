import pickle

values = [{}, {'a': 1}, {1: 'x', 'y': [2], (3,): None}]
for p in range(pickle.HIGHEST_PROTOCOL + 1):
    for v in values:
        data = pickle.dumps(v, p)
        print(p, repr(v), data)
        assert pickle.loads(data) == v
