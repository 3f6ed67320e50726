# as_completed(timeout): TimeoutError saying how many futures are unfinished.
import builtins
import threading
from concurrent.futures import ThreadPoolExecutor, as_completed, TimeoutError

release = threading.Event()
with ThreadPoolExecutor(2) as ex:
    slow = ex.submit(release.wait)
    quick = ex.submit(sum, [1, 2])
    quick.result()
    seen = []
    try:
        for f in as_completed([slow, quick], timeout=0.05):
            seen.append(f.result())
    except TimeoutError as e:
        print("TimeoutError:", e, seen)
    print(TimeoutError is builtins.TimeoutError)
    release.set()
    print(slow.result())
