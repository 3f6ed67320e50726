s = "ab" * 1000
print(len(s), s[:6], s.count("ab"), s.find("ba"), len(",".join(["x"] * 500)))
