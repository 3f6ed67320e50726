import pickle

data = pickle.dumps({"k": [1, 2.5, "v", None, True]}, 0)
print(data)
print(data.decode("ascii").splitlines())
print(pickle.loads(data))
print(pickle.loads(b"(lp0\nI1\naI2\na."))
print(pickle.loads(b"S'py2 string'\np0\n."))
