# f_trace is set to the local tracer; f_trace_lines turns line events off for a frame.
import sys

lines = []

def tracer(frame, event, arg):
    if event == 'call' and frame.f_code.co_name == 'quiet':
        frame.f_trace_lines = False
    if event == 'line':
        lines.append((frame.f_code.co_name, frame.f_lineno))
    return tracer

def quiet():
    a = 1
    b = 2
    return a + b

def loud():
    me = sys._getframe()
    has = me.f_trace is tracer
    return has

sys.settrace(tracer)
quiet()
has = loud()
sys.settrace(None)
print(lines)
print(has, sys._getframe().f_trace, sys._getframe().f_trace_lines)
