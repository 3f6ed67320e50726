for f in (lambda: range(1, 2, 0), lambda: range(1.5), lambda: range(5)[10], lambda: range(3).index(7), lambda: range(), lambda: range("1")):
    try:
        f()
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
