def show(*a, **k):
    print(a, sorted(k.items()))
def v(x):
    print("eval", x)
    return x
show(v(1), *[v(2), v(3)], k=v(4), **{"z": v(5)})
