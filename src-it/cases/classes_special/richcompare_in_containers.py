# list ==, 'in', index and count use identity first, then __eq__.
class Tricky:
    def __init__(self, n): self.n = n
    def __eq__(self, o):
        print(f"eq {self.n} vs {getattr(o, 'n', o)}")
        return False
    __hash__ = object.__hash__
t = Tricky(1)
l = [Tricky(0), t, Tricky(2)]
print(t in l)
print(l.index(t))
print(l.count(t))
print([t] == [t])
print([Tricky(5)] == [Tricky(6)])
print((t,) == (t,))
print({t: 1}[t])
nan = float("nan")
print(nan in [nan], [nan] == [nan], nan == nan)
