s = "immutable"
t = s
s += "!"
print(s, t, s is t)
try:
    del s[0]
except TypeError as e:
    print(e)
try:
    "abc".append("d")
except AttributeError as e:
    print(e)
