import sys
sys.unraisablehook = lambda u: print("ignored", type(u.exc_value).__name__)
class C:
    def __del__(self):
        raise RuntimeError("no")
def f():
    c = C()
    return "returned normally"
print(f())
