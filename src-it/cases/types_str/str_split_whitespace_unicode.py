s = "a\u3000b\u2003c\x1cd\x85e"
print(s.split(), len(s.split()))
print("one\u2028two".splitlines(), "x\x0by\x0cz".splitlines())
