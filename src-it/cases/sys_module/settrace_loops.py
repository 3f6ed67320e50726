# settrace: line events in loops, with a jump back to the loop's line each time.
import sys

lines = []

def tracer(frame, event, arg):
    if frame.f_code.co_name == 'loop':
        lines.append((event, frame.f_lineno))
    return tracer

def loop(n):
    total = 0
    for i in range(n):
        if i % 2:
            total += i
    while n > 0:
        n -= 1
    return total

sys.settrace(tracer)
loop(4)
sys.settrace(None)
print(lines)
