import pickle

for p in range(6):
    for obj in (len, int, str, dict, ValueError, type(None), abs):
        s = pickle.dumps(obj, p)
        print(p, obj.__name__, s)
        assert pickle.loads(s) is obj
