def fail(x):
    raise RuntimeError(f"fail on {x}")
values = [1, 2, 3]
total = sum(values) + fail(len(values)) * 2
