for expr in ("1.0 / 0", "1.0 // 0.0", "1.0 % 0", "divmod(1.0, 0)", "0.0 ** -1", "float('abc')", "float('')", "10.0 ** 400", "float(10 ** 400)", "math.sqrt(-1)", "math.log(0)"):
    try:
        import math
        eval(expr)
    except Exception as e:
        print(expr, "->", type(e).__name__, e)
