# Pending calls can be cancelled; shutdown(cancel_futures=True) cancels what has not started.
import threading
from concurrent.futures import ThreadPoolExecutor, CancelledError

gate = threading.Event()
started = threading.Event()


def blocker():
    started.set()
    gate.wait()
    return "blocker done"


ex = ThreadPoolExecutor(max_workers=1)
running = ex.submit(blocker)
started.wait()
queued = [ex.submit(str, i) for i in range(3)]
print(running.running(), running.cancel(), queued[0].cancel(), queued[0].cancel())
print(queued[0].cancelled(), queued[0].done())
try:
    queued[0].result()
except CancelledError as e:
    print("CancelledError", repr(e))
try:
    queued[0].exception()
except CancelledError:
    print("exception() raises CancelledError too")
ex.shutdown(wait=False, cancel_futures=True)
print([f.cancelled() for f in queued])
gate.set()
print(running.result())
ex.shutdown()
print(running.done(), running.cancelled())
try:
    ex.submit(str, 1)
except RuntimeError as e:
    print("RuntimeError:", e)
