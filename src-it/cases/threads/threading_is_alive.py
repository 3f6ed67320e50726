# is_alive() is False before start(), True while run() runs, False once it has returned.
import threading

started = threading.Event()
release = threading.Event()


def body():
    started.set()
    release.wait()


t = threading.Thread(target=body)
print("before start:", t.is_alive())
t.start()
started.wait()
print("running:", t.is_alive())
print("in enumerate:", t in threading.enumerate())
release.set()
t.join()
print("after join:", t.is_alive())
print("in enumerate:", t in threading.enumerate())
print("main alive:", threading.main_thread().is_alive())
