# f_lineno of the frame given to the tracer follows the running line.
import sys

linenos = []

def tracer(frame, event, arg):
    if frame.f_code.co_name == 'target':
        linenos.append((event, frame.f_lineno - frame.f_code.co_firstlineno))
    return tracer

def target(items):
    out = []
    for item in items:
        out.append(item * 2)
    return out

sys.settrace(tracer)
target([1, 2])
sys.settrace(None)
print(linenos)
