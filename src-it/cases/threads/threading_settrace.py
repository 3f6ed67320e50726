# threading.settrace: every thread started afterwards traces with the function.
import sys
import threading

events = []
lock = threading.Lock()
HERE = __file__


def tracer(frame, event, arg):
    if frame.f_code.co_filename != HERE:
        return None
    with lock:
        events.append((threading.current_thread().name, event, frame.f_code.co_name))
    return tracer


def work(n):
    total = 0
    for i in range(n):
        total += i
    return total


print(threading.gettrace())
threading.settrace(tracer)
print(threading.gettrace() is tracer, sys.gettrace())
t = threading.Thread(target=work, args=(2,), name="traced")
t.start()
t.join()
threading.settrace(None)
for e in events:
    print(e)
t = threading.Thread(target=work, args=(2,))
t.start()
t.join()
print(len(events), threading.gettrace())
