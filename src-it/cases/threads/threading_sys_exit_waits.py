# sys.exit() in the main thread: non-daemon threads still finish; the status is kept.
import sys
import threading

go = threading.Event()
results = []


def worker(n):
    go.wait()
    results.append(n)
    if len(results) == 3:
        print("all workers finished:", sorted(results))


for i in range(3):
    threading.Thread(target=worker, args=(i,)).start()
print("main exits with 3")
go.set()
sys.exit(3)
