for call in (lambda: "abc".center(), lambda: "abc".startswith(1), lambda: "a".join("b", "c"), lambda: "x".count(), lambda: "x".replace("a"), lambda: "x".zfill("3"), lambda: "x".split(1), lambda: "x".strip(5), lambda: str.upper(5), lambda: "abc".encode(1)):
    try:
        call()
    except TypeError as e:
        print(e)
