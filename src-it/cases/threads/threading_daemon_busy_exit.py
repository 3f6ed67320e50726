# A daemon thread busy running Python code when the program ends is stopped with it.
import threading

running = threading.Event()
count = 0


def spin():
    global count
    while True:
        count += 1
        if count == 1000:
            running.set()


threading.Thread(target=spin, daemon=True).start()
running.wait()
print("daemon is spinning:", count >= 1000)
print("main exits")
