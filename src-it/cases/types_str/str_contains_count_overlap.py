print("aaaa".count("aa"), "aaaa".find("aa", 1), "ababab".replace("aba", "X"), "xx".split("x"))
print("a" in "", "" in "", "".join(["", ""]) == "", "abc".find("c", -1), "abc"[-10:10])
