import sys
seen = []
def hook(u):
    seen.append((u.exc_type, str(u.exc_value), u.err_msg, u.object is C.__del__))
sys.unraisablehook = hook
class C:
    def __del__(self):
        1 / 0
C()
print(seen)
print(sys.__unraisablehook__ is not hook)
