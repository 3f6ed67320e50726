x = "global"
def f():
    x = "outer"
    class C:
        print(x)
        x = "inner"
        print(x)
    return C.x, x
print(f())
