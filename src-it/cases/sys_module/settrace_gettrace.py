# gettrace and getprofile give back what was set; None clears them.
import sys

def tracer(frame, event, arg):
    return None

print(sys.gettrace(), sys.getprofile())
sys.settrace(tracer)
print(sys.gettrace() is tracer)
sys.settrace(None)
print(sys.gettrace())
sys.setprofile(tracer)
print(sys.getprofile() is tracer)
sys.setprofile(None)
print(sys.getprofile())
for bad in [lambda: sys.settrace(), lambda: sys.settrace(1, 2)]:
    try:
        bad()
    except TypeError as e:
        print(e)
