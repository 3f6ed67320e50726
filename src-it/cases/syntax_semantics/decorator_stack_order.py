def tag(name):
    print("make", name)
    def d(f):
        print("apply", name)
        def w():
            return name + "(" + f() + ")"
        return w
    return d
@tag("a")
@tag("b")
def base():
    return "x"
print(base())
