# A tour of Python: numbers, strings and formatting.
print(7 // 2, 7 % 2, -7 // 2, 2 ** 100)
print(0.1 + 0.2, 1 / 3, round(2.675, 2), 10 / 4)
print(int("42") + float("1.5"), complex(1, 2) * 1j)
name, score = "Ada", 97.456
print(f"{name:>8}|{score:8.2f}|{score:.1%}|{255:#x}|{1234567:,}")
print("{0} and {1!r} {2:^9}".format("spam", "eggs", "mid"))
s = "The quick brown fox"
print(s.upper(), s.split(), s[4:9], s[::-1])
print(" - ".join(w.capitalize() for w in s.split()), len(s), s.count("o"))
print("%s has %d chars, %.3f" % ("fox", 3, 3.14159))
print(repr("tab\there"), ascii("café"), "naïve".encode("utf-8"))
print(sorted("banana"), set("banana") == {"a", "b", "n"})
