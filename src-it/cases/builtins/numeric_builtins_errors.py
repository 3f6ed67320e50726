for f in (lambda: abs(None), lambda: round(None), lambda: divmod(1, "a"), lambda: pow("a", 2), lambda: sum(1), lambda: min(5), lambda: int(None), lambda: float(None), lambda: complex(None), lambda: chr("a"), lambda: bin(1.0)):
    try:
        f()
    except TypeError as e:
        print(e)
