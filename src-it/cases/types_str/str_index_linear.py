# Indexing, iterating and searching a long str, bytes or bytearray costs what it reads: a loop
# over 300,000 items, find() from many offsets, and += in a loop all finish (and agree).
s = "ab" * 150000
total = 0
for c in s:
    total += ord(c)
print(total, sum(ord(s[i]) for i in range(0, len(s), 7)))
print([s.find("ba", i) for i in range(0, len(s), 29989)])
ba = bytearray(b"xyz" * 100000)
print(sum(ba[i] for i in range(len(ba))), sum(c for c in ba))
acc = ""
for i in range(30000):
    acc += "é" if i % 1000 == 0 else "a"
print(len(acc), acc.count("é"), acc[-3:])
