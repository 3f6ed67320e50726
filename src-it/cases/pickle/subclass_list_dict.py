import pickle

class Stack(list):
    pass

class Registry(dict):
    pass

s = Stack([1, 2])
s.name = "s"
r = Registry(a=1)
for p in range(6):
    data = pickle.dumps(s, p)
    print(p, data)
    back = pickle.loads(data)
    print(type(back).__name__, back, back.name)
    data = pickle.dumps(r, p)
    print(p, data)
    print(pickle.loads(data))
