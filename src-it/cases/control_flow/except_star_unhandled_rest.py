try:
    try:
        raise ExceptionGroup("g", [ValueError("a"), KeyError("b")])
    except* ValueError as eg:
        print("handled", eg.exceptions)
except ExceptionGroup as rest:
    print("rest", rest.message, rest.exceptions)
