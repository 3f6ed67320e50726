# The global tracer's result for 'call' is the frame's local tracer; None means no line events.
import sys

log = []

def local(frame, event, arg):
    log.append(('local', event, frame.f_lineno))
    return local

def chooser(frame, event, arg):
    log.append(('global', event, frame.f_code.co_name))
    if frame.f_code.co_name == 'traced':
        return local
    return None

def traced():
    x = 1
    return x

def untraced():
    y = 2
    return y

sys.settrace(chooser)
traced()
untraced()
sys.settrace(None)
for entry in log:
    print(entry)
