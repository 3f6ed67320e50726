d = dict.fromkeys("abcde", 0)
out = []
while d:
    out.append(d.popitem()[0])
print(out)
