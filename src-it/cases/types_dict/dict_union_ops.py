a = {"a": 1, "b": 2}
b = {"b": 3, "c": 4}
print(a | b, b | a)
a |= b
print(a)
a |= [("d", 5)]
print(a)
try:
    a | [("e", 1)]
except TypeError as e:
    print(e)
