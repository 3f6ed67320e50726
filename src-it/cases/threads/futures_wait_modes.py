# wait(): FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED and timeouts.
import threading
from concurrent.futures import (ThreadPoolExecutor, wait, FIRST_COMPLETED, FIRST_EXCEPTION,
                                ALL_COMPLETED)

gate = threading.Event()


def fail():
    raise RuntimeError("failed")


with ThreadPoolExecutor(4) as ex:
    blocked = ex.submit(gate.wait)
    quick = ex.submit(pow, 2, 8)
    done, not_done = wait([blocked, quick], return_when=FIRST_COMPLETED)
    print(done == {quick}, not_done == {blocked})
    bad = ex.submit(fail)
    result = wait([blocked, bad], return_when=FIRST_EXCEPTION)
    print(result.done == {bad}, result.not_done == {blocked})
    result = wait([blocked, quick], timeout=0.02)
    print(len(result.done), len(result.not_done))
    gate.set()
    result = wait([blocked, quick, bad], return_when=ALL_COMPLETED)
    print(len(result.done), result.not_done, type(result).__name__)
    print(wait([quick], return_when=FIRST_EXCEPTION).done == {quick})
    print(wait([], timeout=0))
    try:
        wait([ex.submit(gate.wait)], return_when="SOMETIMES")
    except ValueError as e:
        print("ValueError:", e)
print(FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED)
