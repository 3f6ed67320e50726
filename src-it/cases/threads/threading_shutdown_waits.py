# At exit the interpreter waits for non-daemon threads; their output comes after main's.
import threading

first_go = threading.Event()
second_go = threading.Event()


def first():
    first_go.wait()
    print("first worker finished")
    second_go.set()


def second():
    second_go.wait()
    print("second worker finished")


threading.Thread(target=second).start()
threading.Thread(target=first).start()
print("main thread reaches the end")
first_go.set()
