try:
    {}["missing"]
except KeyError as e:
    print(str(e), repr(e))
try:
    {}[("a", 1)]
except KeyError as e:
    print(str(e))
print(str(KeyError("a", "b")))
