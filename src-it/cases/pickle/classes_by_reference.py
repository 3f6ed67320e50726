import pickle

class Plain:
    pass

def function():
    pass

class Outer:
    class Inner:
        pass

for p in range(6):
    print(p, pickle.dumps(Plain, p))
    print(p, pickle.dumps(function, p))
    print(p, pickle.dumps(Outer.Inner, p) if p >= 4 else "-")
    print(pickle.loads(pickle.dumps(Plain, p)) is Plain, pickle.loads(pickle.dumps(function, p)) is function)
