# A frame left by an exception sends 'exception' then 'return' with None.
import sys

events = []

def tracer(frame, event, arg):
    if event != 'line':
        name = frame.f_code.co_name
        events.append((event, name, None if event == 'exception' else arg))
    return tracer

def fail():
    raise ValueError('x')

def middle():
    fail()

def top():
    try:
        middle()
    except ValueError:
        return 'handled'

sys.settrace(tracer)
print(top())
sys.settrace(None)
for e in events:
    print(e)
