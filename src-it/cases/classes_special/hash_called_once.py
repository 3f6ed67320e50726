# How many times __hash__ and __eq__ run for dict and set operations on a class key.
class Key:
    def __init__(self, k): self.k = k
    def __hash__(self):
        print("hash", self.k); return hash(self.k)
    def __eq__(self, o):
        print("eq", self.k, o.k); return self.k == o.k
a, b = Key(1), Key(1)
d = {a: "first"}
print(d[b])
d[b] = "second"
print(len(d), d[a])
s = {a}
print(b in s, a in s)
s.add(b)
print(len(s))
print({Key(2): 1}.get(Key(3)))
