import pickle

l = [1]
l.append(l)
for p in range(6):
    s = pickle.dumps(l, p)
    print(p, s)
    r = pickle.loads(s)
    print(r[0], r[1] is r)
