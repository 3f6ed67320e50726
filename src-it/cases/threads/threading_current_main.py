# current_thread() is the running Thread object; main_thread() the one the program began in.
import threading

main = threading.main_thread()
print(main.name, type(main).__name__, main.daemon, main.is_alive())
print(threading.current_thread() is main)
found = []


def body():
    me = threading.current_thread()
    found.append((me.name, me is worker, threading.main_thread() is main,
                  isinstance(me, threading.Thread)))


worker = threading.Thread(target=body, name="worker")
worker.start()
worker.join()
print(found)
print(threading.current_thread().name)
