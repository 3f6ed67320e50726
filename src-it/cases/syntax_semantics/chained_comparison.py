def v(x):
    print("eval", x)
    return x
print(1 < 2 < 3, 1 < 3 < 2)
print(v(1) < v(0) < v(5))
print(v(1) < v(2) < v(3))
x = 5
print(0 <= x <= 10, x == 5 != 6, 1 < x > 3)
print(1 in [1] in [[1]])
