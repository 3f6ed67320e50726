t = str.maketrans("abc", "xyz")
print(sorted(t.items()))
print("aabbcc".translate(t))
t2 = str.maketrans("ab", "AB", "c")
print("abcabc".translate(t2))
t3 = str.maketrans({"a": "1", "b": None, ord("c"): "333"})
print("abcd".translate(t3))
print("hello".translate({ord("l"): "L"}))
try:
    str.maketrans("ab", "x")
except ValueError as e:
    print(e)
