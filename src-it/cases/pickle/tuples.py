import pickle

values = [(), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4), ((1,), ('a', None))]
for p in range(pickle.HIGHEST_PROTOCOL + 1):
    for v in values:
        data = pickle.dumps(v, p)
        print(p, repr(v), data)
        assert pickle.loads(data) == v
