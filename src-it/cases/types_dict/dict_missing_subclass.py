class Counter(dict):
    def __missing__(self, key):
        return 0
c = Counter()
for ch in "abracadabra":
    c[ch] = c[ch] + 1
print(c, c["z"], "z" in c, type(c).__name__)
