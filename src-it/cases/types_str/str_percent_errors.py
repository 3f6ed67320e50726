for fmt, args in (("%d", "x"), ("%s %s", ("a",)), ("%s", ("a", "b")), ("%z", 1), ("%(k)s", (1,)), ("%c", 1234567890), ("%c", "ab"), ("%d", None)):
    try:
        fmt % args
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(repr(fmt), type(e).__name__, e)
