# An atexit handler can still hand work to a running thread and wait for it.
import _thread, atexit

go = _thread.allocate_lock()
go.acquire()
done = _thread.allocate_lock()
done.acquire()


def worker():
    go.acquire()
    print("worker runs during atexit")
    done.release()


def finish():
    print("atexit releases the worker")
    go.release()
    done.acquire()
    print("atexit saw the worker finish")


_thread.start_new_thread(worker, ())
atexit.register(finish)
print("main ends")
