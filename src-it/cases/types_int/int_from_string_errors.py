for args in (("",), ("1.5",), ("12a",), ("0x10",), ("1__0",), ("_1",), ("08", 0), ("2", 2), ("1", 1), ("1", 37)):
    try:
        int(*args)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    int("5", base=10.0)
except TypeError as e:
    print(e)
try:
    int(5, 10)
except TypeError as e:
    print(e)
