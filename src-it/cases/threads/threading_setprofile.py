# threading.setprofile: threads started afterwards report calls and returns to the function.
import threading

events = []
HERE = __file__


def profiler(frame, event, arg):
    if frame.f_code.co_filename == HERE and event in ("call", "return"):
        events.append((event, frame.f_code.co_name, arg if event == "return" else None))


def inner(x):
    return x * 2


def outer():
    return inner(3) + inner(4)


print(threading.getprofile())
threading.setprofile(profiler)
print(threading.getprofile() is profiler)
t = threading.Thread(target=outer)
t.start()
t.join()
threading.setprofile(None)
for e in events:
    print(e)
print(threading.getprofile())
