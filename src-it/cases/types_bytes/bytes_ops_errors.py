print(b"ab" + b"cd", b"ab" * 3, b"b" in b"abc", 98 in b"abc", b"" in b"x", b"ab" < b"b", b"a" == "a")
for expr in ("b'a' + 'a'", "'a' + b'a'", "b'abc'[10]", "256 in b'a'", "b'a'.join(['x'])", "b'abc'.index(b'z')"):
    try:
        eval(expr)
    except Exception as e:
        print(expr, "->", type(e).__name__, e)
