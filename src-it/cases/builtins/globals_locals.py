x_glob = 1
def f(a):
    b = 2
    return sorted(locals().items())
print(f(1))
g = globals()
print(g["x_glob"], "f" in g, g["__name__"])
g["injected"] = "yes"
print(injected)
