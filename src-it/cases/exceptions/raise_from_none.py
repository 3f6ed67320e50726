try:
    try:
        int("zz")
    except ValueError:
        raise LookupError("clean") from None
except LookupError as e:
    print(e.__cause__, repr(e.__context__), e.__suppress_context__)
