# _thread.start_new_thread: positional and keyword arguments, a lock per thread to wait on.
import _thread

results = {}
guard = _thread.allocate_lock()


def work(name, count, *, scale=1, done):
    total = 0
    for i in range(count):
        total += i * scale
    with guard:
        results[name] = total
    done.release()


waits = []
for n, (count, scale) in enumerate([(10, 1), (100, 2), (1000, 3), (5, 10)]):
    done = _thread.allocate_lock()
    done.acquire()
    waits.append(done)
    ident = _thread.start_new_thread(work, ("t%d" % n, count), {"scale": scale, "done": done})
    print(type(ident).__name__, ident > 0)

for done in waits:
    done.acquire()
for name in sorted(results):
    print(name, results[name])

for bad in [(1, ()), (work, [1]), (work, (), [])]:
    try:
        _thread.start_new_thread(*bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    _thread.start_new_thread(work)
except TypeError as e:
    print("TypeError:", e)
print(_thread.start_new is _thread.start_new_thread or _thread.start_new.__name__)
