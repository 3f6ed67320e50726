print("aaa".replace("a", "b"), "aaa".replace("a", "b", 2), "abc".replace("", "-"), "abc".replace("x", "y"))
print("a\tbc\tdef".expandtabs(), "a\tbc\tdef".expandtabs(4), repr("\t".expandtabs(0)))
print("12\t\n\tx".expandtabs(3))
