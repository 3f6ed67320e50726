try:
    raise ValueError("bare")
except* ValueError as eg:
    print(type(eg).__name__, eg.message, eg.exceptions)
