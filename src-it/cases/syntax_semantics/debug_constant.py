# __debug__ is the constant True (CPython compiles it as one) and a builtin.
print(__debug__)
if __debug__:
    print("dbg")
import builtins
print(hasattr(builtins, "__debug__"), builtins.__debug__)
