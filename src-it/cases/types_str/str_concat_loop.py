parts = []
for i in range(5):
    parts.append(str(i) * i)
s = ""
for p in parts:
    s += p + "|"
print(s, len(s))
