# Threads run their target with args and kwargs; join() waits for each one.
import threading

results = []
lock = threading.Lock()


def work(n, scale=1, *, offset=0):
    with lock:
        results.append(n * scale + offset)


threads = [threading.Thread(target=work, args=(i,), kwargs={"scale": 10, "offset": 1})
           for i in range(6)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results))
print([t.is_alive() for t in threads])

# A thread without a target does nothing; run() called directly runs in this thread.
empty = threading.Thread()
empty.start()
empty.join()
print("empty done", empty.is_alive())
direct = threading.Thread(target=work, args=(100,))
direct.run()
print(results[-1], direct.ident)
