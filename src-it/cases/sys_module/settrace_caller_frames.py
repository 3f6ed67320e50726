# A debugger's way in: f_trace set on the caller's frame, then settrace; events start there.
import sys

events = []

def tracer(frame, event, arg):
    events.append((event, frame.f_code.co_name, frame.f_lineno - frame.f_code.co_firstlineno))
    return tracer

def start():
    caller = sys._getframe(1)
    caller.f_trace = tracer
    sys.settrace(tracer)

def helper(v):
    return v * 2

def work():
    start()
    x = 1
    y = helper(x)
    sys.settrace(None)
    return x + y

print(work())
for e in events:
    print(e)
