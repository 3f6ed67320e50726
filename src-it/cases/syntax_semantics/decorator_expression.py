funcs = {"up": lambda f: (lambda: f().upper())}
@funcs["up"]
def g():
    return "shout"
print(g())
@(lambda f: f)
def h():
    return "identity"
print(h())
