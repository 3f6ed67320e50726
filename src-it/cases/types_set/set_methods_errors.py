s = {1}
for f in (lambda: s.update(5), lambda: s.union(1), lambda: s.issubset(3), lambda: set(1, 2), lambda: s.add([1])):
    try:
        f()
    except TypeError as e:
        print(e)
