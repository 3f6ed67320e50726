# setprofile: 'call' and 'return' events of Python functions (no line events).
import sys

events = []

def profiler(frame, event, arg):
    if event in ('call', 'return'):
        events.append((event, frame.f_code.co_name, arg))

def square(x):
    return x * x

def total(n):
    s = 0
    for i in range(n):
        s += square(i)
    return s

sys.setprofile(profiler)
total(3)
sys.setprofile(None)
for e in events:
    print(e)
