for k in ([1], {"a": 1}, {1}, bytearray(b"x")):
    try:
        {k: 1}
    except TypeError as e:
        print(e)
