# A dict subclass that keeps keys sorted by overriding the iteration methods.
class SortedDict(dict):
    def __iter__(self):
        return iter(sorted(super().__iter__()))
    def keys(self):
        return list(self)
    def items(self):
        return [(k, self[k]) for k in self]
    def values(self):
        return [self[k] for k in self]
    def __repr__(self):
        return "{" + ", ".join(f"{k!r}: {v!r}" for k, v in self.items()) + "}"
d = SortedDict(c=3, a=1, b=2)
print(d, list(d), d.keys(), d.values())
print(dict(d), {**d}, [k for k in d])
other = {}
other.update(d)
print(other)
print(sorted(d), max(d), list(zip(d, range(3))))
print(dict.keys(d), list(dict.items(d)))
