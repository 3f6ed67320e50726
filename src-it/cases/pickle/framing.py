import pickle

small = pickle.dumps(None, 4)
print(small)
print(pickle.dumps("abc", 4))
big = ["x" * 1000] * 100 + [str(i) for i in range(100)]
data = pickle.dumps(big, 4)
print(len(data), data.count(b"\x95"), data[:12])
print(pickle.loads(data) == big)
large = b"y" * 70000
data = pickle.dumps([large, "tail"], 5)
print(len(data), data[:20])
print(pickle.loads(data)[1])
