# Worker threads are named PREFIX_N; pools without a prefix are ThreadPoolExecutor-K.
import threading
from concurrent.futures import ThreadPoolExecutor


def names_of(ex, workers):
    together = threading.Barrier(workers)

    def who():
        together.wait()
        return threading.current_thread().name

    return sorted(f.result() for f in [ex.submit(who) for _ in range(workers)])


with ThreadPoolExecutor(2, thread_name_prefix="pool") as ex:
    print(names_of(ex, 2))
for _ in range(2):
    with ThreadPoolExecutor(3) as ex:
        print(names_of(ex, 3))
with ThreadPoolExecutor(1) as ex:
    print(ex.submit(lambda: threading.current_thread().daemon).result())
