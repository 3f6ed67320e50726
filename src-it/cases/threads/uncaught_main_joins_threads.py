# An uncaught exception in the main thread: the traceback, then the interpreter still waits
# for the non-daemon threads before it exits with status 1.
import threading

go = threading.Event()


def worker():
    go.wait()
    print("worker finished after main's exception")


threading.Thread(target=worker).start()
print("main raises")
go.set()
raise ValueError("main failed")
