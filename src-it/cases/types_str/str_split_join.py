print("a,b,,c".split(","), "a b  c ".split(), "  lead".split(" "), "x".split(","))
print("a,b,c,d".split(",", 2), "a,b,c,d".rsplit(",", 2), "a b c".rsplit(None, 1))
print("line1\nline2\r\nline3\rend\n".splitlines(), "a\nb\n".splitlines(True))
print("-".join(["x", "y", "z"]), "".join([]), ", ".join("abc"))
print("k=v=w".partition("="), "k=v=w".rpartition("="), "none".partition(":"), "none".rpartition(":"))
try:
    "-".join(["a", 1])
except TypeError as e:
    print(e)
try:
    "a".split("")
except ValueError as e:
    print(e)
