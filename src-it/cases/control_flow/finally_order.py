def f():
    try:
        print("try")
        return "ret"
    except Exception:
        print("except")
    else:
        print("else")
    finally:
        print("finally")
print(f())
def g():
    try:
        print("try")
    except Exception:
        print("except")
    else:
        print("else")
    finally:
        print("finally")
g()
