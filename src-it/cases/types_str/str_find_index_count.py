s = "abracadabra"
print(s.find("bra"), s.find("bra", 2), s.find("zz"), s.rfind("bra"), s.rfind("a", 0, 5))
print(s.index("cad"), s.rindex("a"), s.count("a"), s.count("bra"), s.count(""), s.count("a", 3, 8))
print(s.find(""), s.find("", 20), s.startswith("abr"), s.endswith(("x", "bra")), s.startswith("cad", 4))
try:
    s.index("zzz")
except ValueError as e:
    print(e)
try:
    s.rindex("q")
except ValueError as e:
    print(e)
