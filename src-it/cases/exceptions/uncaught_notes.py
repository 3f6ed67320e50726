def f():
    try:
        raise ValueError("bad value")
    except ValueError as e:
        e.add_note("while processing item 3")
        e.add_note("second note")
        raise
f()
