# Timer calls its function after the interval, unless cancelled first.
import threading

calls = []
t = threading.Timer(0.01, calls.append, args=["fired"])
print(isinstance(t, threading.Thread), t.interval, t.args, t.kwargs)
t.start()
t.join()
print(calls, t.finished.is_set())


def record(*args, **kwargs):
    calls.append((args, kwargs))


t = threading.Timer(0.0, record, (1, 2), {"k": 3})
t.start()
t.join()
print(calls[-1])

c = threading.Timer(30, record, ("never",))
c.start()
c.cancel()
c.join()
print(calls[-1], c.finished.is_set(), c.is_alive())
c.cancel()
u = threading.Timer(30, record)
u.cancel()
u.start()
u.join()
print(len(calls))
