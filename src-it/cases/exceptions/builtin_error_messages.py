tests = [
    lambda: 1 / 0,
    lambda: 1 // 0,
    lambda: 1 % 0,
    lambda: 1.0 / 0,
    lambda: [][0],
    lambda: ()[5],
    lambda: "abc"[10],
    lambda: int("x1"),
    lambda: float("nan?"),
    lambda: None.foo,
    lambda: (1).nope,
    lambda: "a" + 1,
    lambda: 1 + "a",
    lambda: [] < 1,
    lambda: len(5),
    lambda: None(),
    lambda: {}[[]],
    lambda: [].pop(),
    lambda: [1].index(2),
    lambda: "x".index("y"),
]
for t in tests:
    try:
        t()
    except Exception as e:
        print(type(e).__name__ + ":", e)
