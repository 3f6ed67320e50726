import copy

data = {"list": [1, [2, 3]], "tuple": (1, [4]), "plain": (1, 2), "set": {5}}
d = copy.deepcopy(data)
print(d == data, d["list"][1] is data["list"][1], d["tuple"] is data["tuple"], d["plain"] is data["plain"])
print(d["set"] is data["set"], copy.deepcopy("text") is "text" or True)
shared = [1]
pair = [shared, shared]
c = copy.deepcopy(pair)
print(c[0] is c[1], c[0] is shared)
