import pickle

data = {"name": "krait", "tags": ["jvm", "python"], "version": (3, 11), "ok": True, "ratio": 0.5}
for p in range(6):
    s = pickle.dumps(data, p)
    print(p, len(s), s)
    print(pickle.loads(s) == data)
