# threading._register_atexit: called in reverse order at shutdown, before threads are joined.
import threading

stop = threading.Event()


def worker():
    stop.wait()
    print("worker saw stop")


threading.Thread(target=worker).start()
threading._register_atexit(print, "first registered", "runs last")
threading._register_atexit(stop.set)
threading._register_atexit(lambda: print("last registered runs first"))
print("end of main")
