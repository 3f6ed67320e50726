class D(dict):
    def get(self, key, default=None):
        print("get", key)
        return super().get(key, default)
    def __getitem__(self, key):
        print("getitem", key)
        return super().__getitem__(key)
    def __len__(self):
        print("len")
        return super().__len__()
def m(v):
    match v:
        case {"x": 1, "y": y}:
            return ("first", y)
        case {"x": x, "z": z, **rest}:
            return ("second", x, z, rest)
        case {"q": q}:
            return ("third", q)
    return "none"
print(m(D(x=1, y=2)))
print(m(D(x=2, y=2, z=3, w=4)))
print(m(D(q=9)))
print(m(D()))
