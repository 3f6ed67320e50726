for e in (ValueError(), ValueError("one"), ValueError("a", 2), KeyError("k"), KeyError(),
          Exception(None), IndexError(3), OSError(2, "No such file")):
    print(repr(e), "|", str(e), "|", e.args)
