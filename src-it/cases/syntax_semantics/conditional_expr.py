def sign(x):
    return "neg" if x < 0 else "zero" if x == 0 else "pos"
print([sign(v) for v in (-3, 0, 4)])
def t(n):
    print("t", n)
    return n
print(t(1) if t(0) else t(2))
