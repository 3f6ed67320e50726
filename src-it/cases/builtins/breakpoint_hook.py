# breakpoint() calls sys.breakpointhook with its arguments; the original stays in __breakpointhook__.
import sys
print(sys.breakpointhook is sys.__breakpointhook__, callable(sys.__breakpointhook__))
def hook(*args, **kws):
    print("hook", args, sorted(kws.items()))
    return "value"
sys.breakpointhook = hook
print(breakpoint(1, 2, x=3))
sys.breakpointhook = sys.__breakpointhook__
del sys.breakpointhook
try:
    breakpoint()
except RuntimeError as e:
    print("RuntimeError", e)
