import pickle

values = [b'', b'a', b'\x00\xff', bytes(range(10)), b'x' * 300]
for p in range(pickle.HIGHEST_PROTOCOL + 1):
    for v in values:
        data = pickle.dumps(v, p)
        print(p, repr(v), data)
        assert pickle.loads(data) == v
