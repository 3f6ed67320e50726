a = [1]
b = a
a += [2]
print(a, b, a is b)
t = (1,)
u = t
t += (2,)
print(t, u, t is u)
d = {"k": [0]}
d["k"] += [1]
print(d)
class O:
    v = 1
o = O()
o.v += 10
print(o.v, O.v)
