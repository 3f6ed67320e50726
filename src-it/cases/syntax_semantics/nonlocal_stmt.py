def outer():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    inc(); inc()
    return n, inc()
print(outer())
def deep():
    a = 1
    def mid():
        def inner():
            nonlocal a
            a = a * 10
        inner()
        return a
    return mid(), a
print(deep())
