import copy

l = [1]
l.append(l)
c = copy.deepcopy(l)
print(c[1] is c, c is l)
d = {}
d["me"] = d
e = copy.deepcopy(d)
print(e["me"] is e)
t = ([],)
t[0].append(t)
u = copy.deepcopy(t)
print(u[0][0] is u, u is t)
