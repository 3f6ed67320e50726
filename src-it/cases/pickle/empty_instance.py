import pickle

class Empty:
    pass

for p in range(6):
    s = pickle.dumps(Empty(), p)
    print(p, s, type(pickle.loads(s)).__name__)
print(object().__reduce_ex__(0)[1], object().__reduce_ex__(2)[1:])
