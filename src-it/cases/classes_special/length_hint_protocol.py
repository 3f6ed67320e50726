# list() and friends ask an iterator for __length_hint__ to size their result.
class It:
    def __init__(self, n, hint):
        self.n = n
        self.hint = hint
    def __iter__(self): return self
    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n
    def __length_hint__(self):
        print("__length_hint__"); return self.hint
print(list(It(3, 10)))
print(list(It(2, NotImplemented)))
try:
    list(It(1, -1))
except ValueError as e:
    print("ValueError", e)
try:
    list(It(1, "x"))
except TypeError as e:
    print("TypeError", e)
class WithLen(It):
    def __len__(self):
        print("__len__"); return 2
print(list(WithLen(2, 5)))
print(tuple(It(2, 0)))
