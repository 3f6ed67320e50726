class C:
    a = 1
    b = a + 1
    names = sorted(k for k in locals() if not k.startswith("__"))
print(C.names, C.b)
