import pickle

class Config:
    def __new__(cls, *, name, size=1):
        self = super().__new__(cls)
        self.name = name
        self.size = size
        return self

    def __getnewargs_ex__(self):
        return (), {"name": self.name, "size": self.size}

for p in range(2, 6):
    s = pickle.dumps(Config(name="c", size=3), p)
    print(p, s)
    r = pickle.loads(s)
    print(r.name, r.size)
