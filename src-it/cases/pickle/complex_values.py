import pickle

values = [1j, complex(1.5, -2)]
for p in range(pickle.HIGHEST_PROTOCOL + 1):
    for v in values:
        data = pickle.dumps(v, p)
        print(p, repr(v), data)
        assert pickle.loads(data) == v
