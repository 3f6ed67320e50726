# settrace: an exception raised and caught gives an 'exception' event with (type, value, tb).
import sys

seen = []

def tracer(frame, event, arg):
    if event == 'exception':
        exc_type, exc, tb = arg
        seen.append((event, frame.f_code.co_name, frame.f_lineno, exc_type.__name__, str(exc)))
    elif event != 'line':
        seen.append((event, frame.f_code.co_name, frame.f_lineno, arg))
    return tracer

def inner():
    raise KeyError('k')

def outer():
    try:
        inner()
    except KeyError:
        return 'caught'

sys.settrace(tracer)
outer()
sys.settrace(None)
for s in seen:
    print(s)
