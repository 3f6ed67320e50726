s = "a€\U0001f600b"
print(len(s), list(s), [ord(c) for c in s])
print(s[2], s[::-1], s.encode("utf-8"), len(s.encode("utf-8")), len(s.encode("utf-16")))
for i, c in enumerate("xyz"):
    print(i, c)
