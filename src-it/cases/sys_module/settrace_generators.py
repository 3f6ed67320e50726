# settrace: a generator sends 'call' each time it resumes and 'return' each time it yields.
import sys

events = []

def tracer(frame, event, arg):
    if frame.f_code.co_name == 'gen':
        events.append((event, frame.f_lineno, arg))
    return tracer

def gen(n):
    for i in range(n):
        yield i * 10

def run():
    return list(gen(2))

sys.settrace(tracer)
print(run())
sys.settrace(None)
for e in events:
    print(e)
