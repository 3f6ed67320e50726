def f():
    try:
        try:
            raise ValueError("inner")
        except ValueError:
            print("caught inner, reraising")
            raise
    except ValueError as e:
        print("outer caught", e)
        return "ok"
print(f())
