import pickle

d = {"a": 1}
d["self"] = d
for p in range(6):
    s = pickle.dumps(d, p)
    print(p, s)
    r = pickle.loads(s)
    print(r["self"] is r, r["a"])
