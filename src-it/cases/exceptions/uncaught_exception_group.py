def process():
    raise ExceptionGroup("several failures", [ValueError("bad a"), TypeError("bad b")])
process()
