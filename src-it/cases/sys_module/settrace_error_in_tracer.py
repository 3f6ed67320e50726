# An exception in the trace function propagates and turns tracing off.
import sys

def tracer(frame, event, arg):
    if event == 'line' and frame.f_code.co_name == 'work':
        raise RuntimeError('tracer failed')
    return tracer

def work():
    a = 1
    return a

sys.settrace(tracer)
try:
    work()
except RuntimeError as e:
    print('caught', e)
print(sys.gettrace())
