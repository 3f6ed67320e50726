print("Hello".startswith(("He", "x")), "abc".endswith("bc", 0, 3), "abc".endswith("b", 0, 2))
print("a-b_c d".split("-"), "CamelCase".swapcase(), "x".join(map(str, range(4))))
print("%s" % "".join(reversed("stressed")), "racecar" == "racecar"[::-1])
print("tEST sTRING".capitalize(), "hello world".title(), "ÉCOLE".lower())
