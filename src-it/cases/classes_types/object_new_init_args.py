# object.__new__ / object.__init__ excess-argument rules
class Plain: pass
class WithInit:
    def __init__(self, a):
        self.a = a
class WithNew:
    def __new__(cls, a):
        return super().__new__(cls)
class Both:
    def __new__(cls, *a):
        return object.__new__(cls, *a)
    def __init__(self, *a):
        object.__init__(self, *a)
def attempt(f):
    try:
        r = f()
        print("ok", type(r).__name__)
    except TypeError as e:
        print(e)
attempt(lambda: Plain(1))
attempt(lambda: Plain(x=1))
attempt(lambda: WithInit(1))
attempt(lambda: WithNew(1))
attempt(lambda: Both(1))
attempt(lambda: object.__new__(Plain, 1))
attempt(lambda: object.__new__(WithInit, 1))
attempt(lambda: object.__new__(1))
attempt(lambda: object.__new__(int))
attempt(lambda: object.__new__())
attempt(lambda: object.__init__(Plain(), 1))
attempt(lambda: object.__init__(WithInit(1), 1))
