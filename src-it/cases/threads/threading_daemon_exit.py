# A daemon thread still blocked at exit does not keep the program alive.
import threading

never = threading.Event()
started = threading.Event()


def blocked():
    started.set()
    never.wait()
    print("never printed")


d = threading.Thread(target=blocked, daemon=True)
d.start()
started.wait()
print("daemon alive:", d.is_alive(), d.daemon)
print("main exits")
