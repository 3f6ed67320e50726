import pickle

for p in range(6):
    for exc in (ValueError("bad", 2), KeyError("k"), ZeroDivisionError(), OSError(2, "missing")):
        s = pickle.dumps(exc, p)
        r = pickle.loads(s)
        print(p, s if p in (0, 2, 4) else "", type(r).__name__, r.args)
e = RuntimeError("with state")
e.detail = 42
print(pickle.loads(pickle.dumps(e)).detail)
