import pickle

values = [bytearray(), bytearray(b'ab'), bytearray(b'\xe9\x00')]
for p in range(pickle.HIGHEST_PROTOCOL + 1):
    for v in values:
        data = pickle.dumps(v, p)
        print(p, repr(v), data)
        assert pickle.loads(data) == v
