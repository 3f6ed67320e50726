import pickle

items = list(range(2500))
data = pickle.dumps(items, 2)
print(len(data), data.count(b"e"), data[:8])
print(pickle.loads(data) == items)
d = {i: -i for i in range(1500)}
data = pickle.dumps(d, 3)
print(len(data), pickle.loads(data) == d)
s = set(range(1200))
data = pickle.dumps(s, 4)
print(len(data), pickle.loads(data) == s)
