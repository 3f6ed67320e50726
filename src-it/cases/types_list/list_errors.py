a = [1, 2, 3]
for f in (lambda: a.pop(10), lambda: [].pop(), lambda: a.remove(9), lambda: a.index(9), lambda: a.index(1, 1), lambda: a.insert(), lambda: a.__setitem__(5, 0), lambda: a.__delitem__(-9), lambda: hash(a), lambda: list(5)):
    try:
        f()
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
