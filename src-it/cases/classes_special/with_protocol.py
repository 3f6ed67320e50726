# with: __enter__/__exit__ looked up on the type; exit's truth suppresses; error messages.
class CM:
    def __init__(self, suppress): self.suppress = suppress
    def __enter__(self):
        print("enter"); return "resource"
    def __exit__(self, et, ev, tb):
        print("exit", et.__name__ if et else None, ev, tb is not None)
        return self.suppress
with CM(False) as r:
    print("body", r)
with CM(True):
    raise ValueError("swallowed")
print("after")
try:
    with CM(0):
        raise KeyError("kept")
except KeyError as e:
    print("propagated", e)
class NoEnter:
    def __exit__(self, *a): pass
class NoExit:
    def __enter__(self): return self
for obj in [NoEnter(), NoExit(), object()]:
    try:
        with obj:
            pass
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
class InstanceOnly:
    pass
i = InstanceOnly()
i.__enter__ = lambda: 1
i.__exit__ = lambda *a: None
try:
    with i:
        pass
except TypeError as e:
    print(e)
def f():
    with CM(True):
        return "returned"
print(f())
