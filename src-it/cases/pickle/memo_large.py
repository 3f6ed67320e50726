import pickle

strings = ["s%d" % i for i in range(300)]
data = pickle.dumps(strings + strings, 2)
print(len(data), data[-20:])
back = pickle.loads(data)
print(back[0] is back[300], back == strings + strings)
print(pickle.dumps(strings + strings, 0)[-30:])
