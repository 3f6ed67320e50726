# with: several managers enter in order and exit in reverse; exceptions in __exit__; return values.
class CM:
    def __init__(self, name, suppress=False, fail_exit=False):
        self.name, self.suppress, self.fail_exit = name, suppress, fail_exit
    def __enter__(self):
        print("enter", self.name); return self.name
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None)
        if self.fail_exit:
            raise KeyError(self.name)
        return self.suppress
with CM("a") as a, CM("b") as b:
    print("body", a, b)
try:
    with CM("outer"), CM("inner", fail_exit=True):
        raise ValueError("original")
except KeyError as e:
    print("KeyError", e, type(e.__context__).__name__)
with CM("s", suppress=True), CM("t"):
    raise IndexError
print("suppressed")
def gen():
    with CM("g"):
        yield 1
        yield 2
for x in gen():
    print("got", x)
class EnterFails:
    def __enter__(self): raise RuntimeError("enter failed")
    def __exit__(self, *a): print("never")
try:
    with CM("first"), EnterFails():
        pass
except RuntimeError as e:
    print("RuntimeError", e)
