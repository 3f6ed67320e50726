d = {"a": 1}
try:
    d.keys()[0]
except TypeError as e:
    print(e)
print(len(d.values()), list(d.items())[0], isinstance(d.keys(), type({}.keys())))
print(type(d.keys()).__name__, type(d.values()).__name__, type(d.items()).__name__)
