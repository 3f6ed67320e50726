print("ab".__len__(), "ab".__add__("c"), "ab".__mul__(2), "b".__contains__("b"), "a".__lt__("b"), "a".__eq__(1), "x".__getitem__(0))
print(str.__name__, str.__doc__ is not None, "abc".__class__ is str, str.join("-", "ab"))
