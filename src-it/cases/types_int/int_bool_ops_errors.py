for expr in ("1 + None", "1 - []", "'a' * 'b'", "[1] * 2.0", "5 @ 5", "-'x'", "~1.5"):
    try:
        eval(expr)
    except TypeError as e:
        print(expr, "->", e)
