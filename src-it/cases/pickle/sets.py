import pickle

values = [set(), {1}, {'a'}, frozenset(), frozenset({2}), frozenset({'b'})]
for p in range(pickle.HIGHEST_PROTOCOL + 1):
    for v in values:
        data = pickle.dumps(v, p)
        print(p, repr(v), data)
        assert pickle.loads(data) == v
