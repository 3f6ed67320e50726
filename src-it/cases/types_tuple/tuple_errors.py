t = (1, 2)
for f in (lambda: t[5], lambda: t.__setitem__(0, 1), lambda: t.index(9), lambda: t + [3], lambda: t.append(3), lambda: hash(([],)), lambda: tuple(5)):
    try:
        f()
    except (IndexError, TypeError, ValueError, AttributeError) as e:
        print(type(e).__name__, e)
