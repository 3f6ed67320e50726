import pickle

values = ['', 'a', 'hello world', 'caf\u00e9', '\u20ac', '\U0001f600', 'line\nbreak', 'back\\slash', '\x00\x1a\r']
for p in range(pickle.HIGHEST_PROTOCOL + 1):
    for v in values:
        data = pickle.dumps(v, p)
        print(p, repr(v), data)
        assert pickle.loads(data) == v
