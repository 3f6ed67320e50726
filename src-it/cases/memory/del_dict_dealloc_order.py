class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
d = {"x": Noisy("x"), "y": Noisy("y"), "z": Noisy("z")}
del d
print("dict gone")
d = {"a": Noisy("a")}
d["a"] = Noisy("b")
print("replaced")
del d["a"]
print("end")
