import sys
def hook(u):
    print("hook:", u.exc_type.__name__, u.exc_value, u.err_msg, u.object.__qualname__)
sys.unraisablehook = hook
class Bad:
    def __del__(self):
        raise ValueError("from del")
b = Bad()
del b
print("still running")
