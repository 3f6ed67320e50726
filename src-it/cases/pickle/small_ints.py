import pickle

values = [0, 1, 127, 255, 256, 65535, 65536, -1, -129, 2**31 - 1, -2**31]
for p in range(pickle.HIGHEST_PROTOCOL + 1):
    for v in values:
        data = pickle.dumps(v, p)
        print(p, repr(v), data)
        assert pickle.loads(data) == v
