class Seq(list):
    def __len__(self):
        print("len")
        return super().__len__()
    def __getitem__(self, i):
        print("getitem", i)
        return super().__getitem__(i)
    def __iter__(self):
        print("iter")
        return super().__iter__()
s = Seq([1, 2, 3, 4])
match s:
    case [a, b]:
        print("two")
    case [a, b, c, d]:
        print("four", a, b, c, d)
match s:
    case [a, *rest, d]:
        print("star", a, rest, d)
match s:
    case [*_, last]:
        print("last", last)
match s:
    case [first, *_]:
        print("first", first)
