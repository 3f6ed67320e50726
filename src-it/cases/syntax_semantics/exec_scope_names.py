code = "a = 1\nb = a + 1\n"
ns = {}
exec(code, ns)
print(ns["a"], ns["b"])
def f():
    loc = {}
    exec("q = 10", {}, loc)
    return loc
print(f())
