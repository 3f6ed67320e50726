import pickle

l = []
t = (l, 1)
l.append(t)
for p in range(6):
    s = pickle.dumps(t, p)
    print(p, s)
    r = pickle.loads(s)
    print(r[0][0] is r, r[1])
big = []
tt = (big, 1, 2, 3)
big.append(tt)
for p in range(6):
    print(p, pickle.dumps(tt, p))
