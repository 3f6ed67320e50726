print(hash(True), hash(False), True == 1, False == 0, True is True)
d = {1: "one", True: "true", 1.0: "float"}
print(d)
s = {0, False, 0.0}
print(s)
print(True in [1], 1 in [True])
