# Done callbacks run once each, in the order added, on the thread that completes the future.
import threading
from concurrent.futures import ThreadPoolExecutor

calls = []
lock = threading.Lock()
gate = threading.Event()


def note(label):
    def callback(fut):
        with lock:
            calls.append((label, fut.result(), threading.current_thread().name.startswith("cb_")))
    return callback


with ThreadPoolExecutor(2, thread_name_prefix="cb") as ex:
    f = ex.submit(lambda: gate.wait() and "value")
    for label in "abc":
        f.add_done_callback(note(label))
    gate.set()
    f.result()
ex_done = f.done()
f.add_done_callback(note("after"))
print(calls[:3])
print(calls[3], ex_done)
