# as_completed yields futures as they finish: here the order is forced with events.
import threading
from concurrent.futures import ThreadPoolExecutor, as_completed

events = {name: threading.Event() for name in "abc"}


def task(name):
    events[name].wait()
    return name


with ThreadPoolExecutor(4) as ex:
    futures = {ex.submit(task, name): name for name in "abc"}
    done_first = ex.submit(str, "already")
    done_first.result()
    it = as_completed(list(futures) + [done_first])
    print(next(it).result())
    for name in "cab":
        events[name].set()
        print(next(it).result())
    print(list(it))
    twice = ex.submit(len, "xyz")
    print([f.result() for f in as_completed([twice, twice])])
