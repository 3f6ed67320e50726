try:
    raise ExceptionGroup("grp", [ValueError(1), TypeError(2), ValueError(3)])
except* ValueError as eg:
    print("values", repr(eg), eg.exceptions)
except* TypeError as eg:
    print("types", eg.exceptions)
