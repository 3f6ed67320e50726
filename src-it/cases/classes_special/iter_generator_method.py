# __iter__ written as a generator; each iter() starts a fresh walk; nested loops are independent.
class Tree:
    def __init__(self, value, *children):
        self.value, self.children = value, children
    def __iter__(self):
        yield self.value
        for child in self.children:
            yield from child
t = Tree(1, Tree(2, Tree(3)), Tree(4))
print(list(t), sum(t), max(t), 3 in t, sorted(t, reverse=True))
pairs = [(a, b) for a in t for b in t if a < b]
print(len(pairs), pairs[:3])
it = iter(t)
print(next(it), next(it), list(it), list(it))
print(type(iter(t)).__name__, iter(it) is it)
class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self):
        n = self.n
        while n:
            yield n
            n -= 1
    def __reversed__(self):
        return iter(range(1, self.n + 1))
print(list(Countdown(3)), list(reversed(Countdown(3))), dict(enumerate(Countdown(2))))
