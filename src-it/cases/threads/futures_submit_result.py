# ThreadPoolExecutor.submit returns Futures; result() gives the value or raises the error.
from concurrent.futures import ThreadPoolExecutor


def power(base, exp=2):
    return base ** exp


def fail(message):
    raise ValueError(message)


with ThreadPoolExecutor(max_workers=4) as ex:
    futures = [ex.submit(power, i, exp=3) for i in range(6)]
    print([f.result() for f in futures])
    bad = ex.submit(fail, "no good")
    try:
        bad.result()
    except ValueError as e:
        print("ValueError:", e)
    print(type(bad.exception()).__name__, bad.done(), bad.cancelled(), bad.running())
    ok = ex.submit(power, 7)
    print(ok.result(timeout=30), ok.exception(), ok.done())
    print(ex.submit(lambda *a, **k: (a, k), 1, fn=2).result())
print(type(futures[0]).__name__, type(futures[0]).__module__)
