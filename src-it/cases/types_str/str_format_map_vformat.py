class Default(dict):
    def __missing__(self, key):
        return "<" + key + ">"
print("{a} and {b}".format_map(Default(a="A")))
print("{0:{1}}|".format("x", 4))
print("{x.real}-{y[0]}".format_map({"x": 2, "y": "q"}))
