def f():
    [last := v for v in range(5)]
    return last
print(f())
total = 0
[total := total + v for v in range(5)]
print(total)
