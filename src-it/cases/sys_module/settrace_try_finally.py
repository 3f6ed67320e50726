# Line events through try/except/finally and with statements.
import sys

lines = []

def tracer(frame, event, arg):
    if frame.f_code.co_name == 'body':
        lines.append((event, frame.f_lineno - frame.f_code.co_firstlineno))
    return tracer

class Ctx:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False

def body(x):
    try:
        y = 10 // x
    except ZeroDivisionError:
        y = -1
    finally:
        z = 0
    with Ctx():
        z += y
    return z

sys.settrace(tracer)
body(2)
body(0)
sys.settrace(None)
print(lines)
