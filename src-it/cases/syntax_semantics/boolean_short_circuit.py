def v(x):
    print("eval", x)
    return x
print(v(0) and v(1))
print(v(2) and v(3))
print(v(0) or v("") or v("last"))
print(v([]) or v(None))
print(not v(0))
