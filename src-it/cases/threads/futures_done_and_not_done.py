# wait() returns DoneAndNotDoneFutures, a named pair of sets.
from concurrent.futures import ThreadPoolExecutor, wait

with ThreadPoolExecutor(2) as ex:
    fs = [ex.submit(pow, 3, i) for i in range(4)]
    result = wait(fs)
print(type(result).__name__, isinstance(result, tuple), len(result))
done, not_done = result
print(sorted(f.result() for f in done), not_done)
print(result.done is result[0], result.not_done is result[1], result._fields)
print(repr(wait([])))
