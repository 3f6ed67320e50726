# time.sleep and lock waits let other threads run; the order here is fixed by the locks.
import _thread, time

log = []
go = []
finished = _thread.allocate_lock()
finished.acquire()


def sleeper():
    log.append("sleeper waits for main")
    while not go:
        time.sleep(0.001)
    log.append("sleeper saw main's signal")
    finished.release()


_thread.start_new_thread(sleeper, ())
while not log:
    time.sleep(0.001)
total = sum(range(100000))
log.append("main computed %d" % total)
go.append(True)
print(finished.acquire(True, 30))
print("\n".join(log))
