# type() argument errors
tests = [
    lambda: type(),
    lambda: type(1, 2),
    lambda: type(1, 2, 3, 4),
    lambda: type(1, (), {}),
    lambda: type("A", 1, {}),
    lambda: type("A", (), 1),
    lambda: type("A", (1,), {}),
    lambda: type("A", (bool,), {}),
    lambda: type("A", (int, str), {}),
    lambda: type("A\0B", (), {}),
    lambda: type(name="A", bases=(), dict={}),
]
for t in tests:
    try:
        r = t()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)
