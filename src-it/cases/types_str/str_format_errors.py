for fmt, args, kw in (("{}", (), {}), ("{0} {}", (1, 2), {}), ("{x}", (), {}), ("{", (), {}), ("}", (), {}), ("{0!z}", (1,), {}), ("{:d}", ("s",), {}), ("{0[5]}", ([1],), {})):
    try:
        fmt.format(*args, **kw)
    except (IndexError, KeyError, ValueError, TypeError) as e:
        print(repr(fmt), type(e).__name__, e)
