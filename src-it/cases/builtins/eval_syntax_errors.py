for src in ("1 +", "x = 1", "def", "(", "1 2"):
    try:
        eval(src)
    except SyntaxError as e:
        print(repr(src), e.msg, e.lineno, e.offset)
