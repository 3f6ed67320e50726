# threading.local in pool workers: each worker thread keeps its own state between tasks.
import threading
from concurrent.futures import ThreadPoolExecutor

state = threading.local()
together = threading.Barrier(3)


def count_calls(_):
    state.calls = getattr(state, "calls", 0) + 1
    return threading.current_thread().name


def sync(_):
    together.wait()
    return getattr(state, "calls", 0)


with ThreadPoolExecutor(3, thread_name_prefix="w") as ex:
    names = list(ex.map(count_calls, range(12)))
    totals = sorted(ex.map(sync, range(3)))
print(set(names) <= {"w_0", "w_1", "w_2"}, sum(totals))
print(hasattr(state, "calls"))
