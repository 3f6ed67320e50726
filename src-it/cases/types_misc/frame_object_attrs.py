import sys
def f():
    fr = sys._getframe()
    return fr.f_code.co_name, fr.f_lineno, fr.f_back.f_code.co_name, type(fr).__name__, sorted(fr.f_locals)
def g():
    local_var = 1
    return f()
print(g())
