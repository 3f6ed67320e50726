# enumerate() and active_count() list the main thread and the threads alive right now.
import threading

print(threading.active_count(), [t.name for t in threading.enumerate()])
release = threading.Event()
ready = threading.Barrier(4)


def body():
    ready.wait()
    release.wait()


workers = [threading.Thread(target=body, name=f"w{i}") for i in range(3)]
for w in workers:
    w.start()
ready.wait()
print(threading.active_count())
print(sorted(t.name for t in threading.enumerate()))
print(all(w in threading.enumerate() for w in workers))
release.set()
for w in workers:
    w.join()
print(threading.active_count(), [t.name for t in threading.enumerate()])
