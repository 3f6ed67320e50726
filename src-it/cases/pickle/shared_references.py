import pickle

a = [1, 2]
t = (a, a, {"k": a})
for p in range(6):
    s = pickle.dumps(t, p)
    print(p, s)
    r = pickle.loads(s)
    print(r[0] is r[1], r[2]["k"] is r[0])
s = "shared string"
pair = [s, s]
print(pickle.dumps(pair, 2))
