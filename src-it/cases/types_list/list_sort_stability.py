data = [("b", 2), ("a", 2), ("c", 1), ("a", 1), ("b", 1)]
print(sorted(data, key=lambda t: t[1]))
print(sorted(data, key=lambda t: t[1], reverse=True))
by_name = sorted(data, key=lambda t: t[0])
print(sorted(by_name, key=lambda t: t[1]))
recs = [(i % 3, i) for i in range(12)]
recs.sort(key=lambda r: r[0], reverse=True)
print(recs)
