# The TypeError of every binary operator when neither side supports it.
class A: pass
class B: pass
ops = ["+", "-", "*", "/", "//", "%", "**", "<<", ">>", "&", "|", "^", "@"]
for op in ops:
    try:
        eval(f"A() {op} B()")
    except TypeError as e:
        print(op, "->", e)
for op in ops:
    x = A()
    try:
        exec(f"x {op}= 1")
    except TypeError as e:
        print(op + "=", "->", e)
try:
    divmod(A(), B())
except TypeError as e:
    print(e)
try:
    pow(A(), B(), 3)
except TypeError as e:
    print(e)
try:
    [] + ()
except TypeError as e:
    print(e)
try:
    "a" * 2.0
except TypeError as e:
    print(e)
