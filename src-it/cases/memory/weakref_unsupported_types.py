import weakref
for o in [1, "s", (1, 2), [1], {}, None, 1.5, object(), b"x"]:
    try:
        weakref.ref(o)
        print(type(o).__name__, "ok")
    except TypeError as e:
        print(e)
