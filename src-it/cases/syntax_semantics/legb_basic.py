x = "global"
def outer():
    x = "enclosing"
    def inner():
        x = "local"
        return x
    def inner2():
        return x
    return inner(), inner2()
print(outer())
print(x)
import builtins
def uses_builtin():
    return len("abc")
print(uses_builtin())
len = lambda s: 42
print(uses_builtin())
del len
print(uses_builtin())
