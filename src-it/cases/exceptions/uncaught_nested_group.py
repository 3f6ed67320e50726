errors = [ValueError(1), ExceptionGroup("inner", [KeyError("x"), ZeroDivisionError("y")])]
raise ExceptionGroup("outer", errors)
