# settrace: call, line and return events of a simple function.
import sys

events = []

def tracer(frame, event, arg):
    events.append((event, frame.f_code.co_name, frame.f_lineno, arg))
    return tracer

def add(a, b):
    total = a + b
    total *= 2
    return total

sys.settrace(tracer)
result = add(1, 2)
sys.settrace(None)
for e in events:
    print(e)
print(result)
