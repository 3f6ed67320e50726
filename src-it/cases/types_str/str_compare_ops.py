print("a" < "b", "abc" < "abd", "ab" < "abc", "B" < "a", "é" > "z", "" < "a")
print("ab" * 3, 3 * "x", "ab" + "cd", "ab" * 0, "ab" * -2, "a" in "cat")
print(max("hello"), min("hello"), sorted("banana"))
try:
    "a" < 1
except TypeError as e:
    print(e)
try:
    "a" * 2.5
except TypeError as e:
    print(e)
