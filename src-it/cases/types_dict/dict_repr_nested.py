d = {"s": "str", 1: [1, 2], (1, 2): {"inner": None}, 2.5: True}
print(d)
print(str({}), repr({"q": "it's"}))
d["self"] = d
print(d)
