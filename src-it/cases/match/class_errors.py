class NoArgs:
    pass
class BadArgs:
    __match_args__ = ["a"]
    a = 1
class StrArgs:
    __match_args__ = (1,)
class Two:
    __match_args__ = ("a", "b")
    a = 1
    b = 2
not_a_class = 3
def check(label, f):
    try:
        print(label, f())
    except TypeError as e:
        print(label, "TypeError:", e)
def t1():
    match NoArgs():
        case NoArgs(x):
            return x
def t2():
    match BadArgs():
        case BadArgs(x):
            return x
def t3():
    match StrArgs():
        case StrArgs(x):
            return x
def t4():
    match Two():
        case Two(x, y, z):
            return x
def t5():
    match Two():
        case Two(x, a=y):
            return x, y
def t6():
    match 1:
        case not_a_class():
            return "?"
def t7():
    match NoArgs():
        case NoArgs():
            return "no sub-patterns is fine"
def t8():
    match 5:
        case NoArgs(x):
            return "never"
    return "class check comes first"
for i, t in enumerate((t1, t2, t3, t4, t5, t6, t7, t8), 1):
    check(f"t{i}", t)
