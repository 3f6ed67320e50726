for expr in ("1j < 2j", "1j // 2", "1j % 2", "(1+2j) / 0", "complex('1+')", "int(1j)", "float(1j)", "divmod(1j, 1)", "0j ** -1", "complex('x', 1)"):
    try:
        eval(expr)
    except Exception as e:
        print(expr, "->", type(e).__name__, e)
