import pickle

class Tagged(int):
    def __new__(cls, value, tag):
        self = super().__new__(cls, value)
        self.tag = tag
        return self

    def __getnewargs__(self):
        return (int(self), self.tag)

for p in range(6):
    s = pickle.dumps(Tagged(7, "seven"), p)
    print(p, s)
    r = pickle.loads(s)
    print(r, r.tag, type(r).__name__)
