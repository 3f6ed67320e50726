import pickle

class Name(str):
    pass

class Size(float):
    pass

class Pair(tuple):
    pass

for p in range(6):
    for v in (Name("n"), Size(1.5), Pair((1, 2))):
        data = pickle.dumps(v, p)
        back = pickle.loads(data)
        print(p, data, type(back).__name__, back)
