# daemon: given, set before start, or inherited from the creating thread.
import threading

print(threading.current_thread().daemon)
print(threading.Thread().daemon, threading.Thread(daemon=True).daemon,
      threading.Thread(daemon=False).daemon)
t = threading.Thread()
t.daemon = True
print(t.daemon)

seen = {}


def make_child(label):
    seen[label] = threading.Thread().daemon


parent = threading.Thread(target=make_child, args=("from daemon",), daemon=True)
parent.start()
parent.join()
parent = threading.Thread(target=make_child, args=("from normal",))
parent.start()
parent.join()
print(seen)
print(threading.Thread(daemon=None).daemon)
