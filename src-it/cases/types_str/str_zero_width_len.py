s = "e\u0301"
print(len(s), s, s == "é", len("é"))
print(s.encode("utf-8"), [hex(ord(c)) for c in s])
