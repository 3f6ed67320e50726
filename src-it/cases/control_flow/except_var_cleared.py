try:
    raise ValueError("x")
except ValueError as e:
    pass
try:
    e
except NameError as err:
    print(err)
e = 1
try:
    raise KeyError
except KeyError as e:
    pass
print("e" in dir())
