# A defaultdict-like class from __missing__, with a factory, used for grouping.
class DefaultDict(dict):
    def __init__(self, factory, *args, **kw):
        super().__init__(*args, **kw)
        self.factory = factory
    def __missing__(self, key):
        value = self[key] = self.factory()
        return value
    def __repr__(self):
        return f"DefaultDict({self.factory.__name__}, {dict.__repr__(self)})"
groups = DefaultDict(list)
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups[word[0]].append(word)
print(groups)
counts = DefaultDict(int)
for ch in "mississippi":
    counts[ch] += 1
print(counts, len(counts))
print(counts.get("z"), "z" in counts, counts["z"], "z" in counts)
nested = DefaultDict(lambda: DefaultDict(int))
nested["a"]["b"] += 2
print(dict(nested["a"]), type(nested["a"]).__name__)
print(type(counts.copy()).__name__, isinstance(counts, dict))
