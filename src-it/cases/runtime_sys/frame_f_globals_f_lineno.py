import sys
GLOBAL_MARK = "here"
def f():
    fr = sys._getframe()
    first = fr.f_lineno
    second = fr.f_lineno
    return fr.f_globals["GLOBAL_MARK"], fr.f_globals is globals(), first, second
print(f())
print(sys._getframe().f_globals is globals(), sys._getframe().f_back)
