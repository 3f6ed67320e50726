# A dict subclass overriding keys(), values(), items() and __iter__: who calls which.
class D(dict):
    def keys(self):
        print("keys()"); return super().keys()
    def items(self):
        print("items()"); return super().items()
    def values(self):
        print("values()"); return super().values()
d = D(a=1, b=2)
print(list(d), sorted(d), len(d), "a" in d)
for k in d:
    print("loop", k)
print(list(d.items()), list(d.values()))
print(dict(d), {**d}, d == {"a": 1, "b": 2}, list(reversed(d)))
print(dict.keys(d), max(d), {k: v for k, v in d.items()})
