import pickle

values = [2**31, -2**31 - 1, 2**63, -2**63, 2**64 + 5, -(2**100), 10**50]
for p in range(pickle.HIGHEST_PROTOCOL + 1):
    for v in values:
        data = pickle.dumps(v, p)
        print(p, repr(v), data)
        assert pickle.loads(data) == v
