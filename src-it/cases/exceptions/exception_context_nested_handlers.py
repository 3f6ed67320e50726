try:
    try:
        raise ValueError("A")
    except ValueError:
        try:
            raise TypeError("B")
        except TypeError:
            raise KeyError("C")
except KeyError as e:
    chain = []
    x = e
    while x is not None:
        chain.append(repr(x))
        x = x.__context__
    print(chain)
