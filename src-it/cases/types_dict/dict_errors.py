d = {"a": 1}
for f in (lambda: d["b"], lambda: d.pop("b"), lambda: {}.popitem(), lambda: d[[1]], lambda: {[]: 1}, lambda: dict([1, 2]), lambda: dict([("a", 1, 2)]), lambda: d.update(5), lambda: dict(1)):
    try:
        f()
    except (KeyError, TypeError, ValueError) as e:
        print(type(e).__name__, e)
