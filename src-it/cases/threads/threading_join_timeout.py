# join(timeout) returns after the timeout while the thread still runs; is_alive() tells.
import threading

release = threading.Event()
t = threading.Thread(target=release.wait)
t.start()
print(t.join(0.05))
print("alive after timed join:", t.is_alive())
t.join(timeout=0)
t.join(timeout=-1)
print("alive after zero and negative timeouts:", t.is_alive())
release.set()
t.join(timeout=30)
print("alive after set:", t.is_alive())
t.join()
t.join(0.01)
print("joining a finished thread again is fine")
