def compute(a, b, c):
    return (a +
            b *
            c)
compute(1,
        None,
        3)
