# settrace: class bodies, nested calls and lambdas all send call/return.
import sys

calls = []

def tracer(frame, event, arg):
    if event in ('call', 'return'):
        calls.append((event, frame.f_code.co_name))
    return tracer

def build():
    class Point:
        def __init__(self, x):
            self.x = x
    p = Point(3)
    double = lambda v: v * 2
    return double(p.x)

sys.settrace(tracer)
print(build())
sys.settrace(None)
for c in calls:
    print(c)
