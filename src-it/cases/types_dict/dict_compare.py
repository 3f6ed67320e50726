print({"a": 1, "b": 2} == {"b": 2, "a": 1}, {1: 1} != {1: 2}, {} == dict())
try:
    {} < {}
except TypeError as e:
    print(e)
print({"a": [1]} == {"a": [1]})
