# shutdown(wait=False) returns at once; the running call still completes and its result stays.
import threading
from concurrent.futures import ThreadPoolExecutor

gate = threading.Event()
ex = ThreadPoolExecutor(max_workers=2)
running = ex.submit(lambda: gate.wait() and "finished later")
queued = ex.submit(str.upper, "queued before shutdown")
ex.shutdown(wait=False)
print("shutdown returned; running done:", running.done())
try:
    ex.submit(print, "never")
except RuntimeError as e:
    print("RuntimeError:", e)
gate.set()
print(running.result(timeout=30))
print(queued.result(timeout=30))
ex.shutdown(wait=True)
print(running.done(), queued.done())
