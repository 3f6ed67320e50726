for op in ("1 / 0", "1 // 0", "1 % 0", "divmod(1, 0)", "0 ** -1", "pow(0, -1)"):
    try:
        eval(op)
    except ZeroDivisionError as e:
        print(op, "->", e)
