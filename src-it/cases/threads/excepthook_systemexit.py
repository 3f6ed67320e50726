# SystemExit in a thread ends only that thread, silently; the program goes on.
import sys
import threading

ran = []


def quit_thread(code):
    ran.append(code)
    sys.exit(code)


for code in (0, 1, "message"):
    t = threading.Thread(target=quit_thread, args=(code,))
    t.start()
    t.join()
print(ran, threading.active_count())
print("main continues")
