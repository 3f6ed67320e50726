# The camelCase aliases still work and warn (DeprecationWarning, shown for __main__).
import threading
import warnings

warnings.simplefilter("always")
t = threading.Thread(name="old")
print(t.getName())
t.setName("renamed")
print(t.name, t.isDaemon())
t.setDaemon(True)
print(t.daemon)
print(threading.currentThread() is threading.current_thread())
print(threading.activeCount())
ev = threading.Event()
print(ev.isSet())
cond = threading.Condition()
with cond:
    cond.notifyAll()
