# Threads still running when the main module ends do not keep the program alive.
import _thread

blocked = _thread.allocate_lock()
blocked.acquire()
started = []


def waiter():
    started.append("waiter")
    blocked.acquire()
    print("never printed")


def spinner():
    started.append("spinner")
    while True:
        pass


_thread.start_new_thread(waiter, ())
_thread.start_new_thread(spinner, ())
while len(started) < 2:
    pass
print(sorted(started), "main ends")
