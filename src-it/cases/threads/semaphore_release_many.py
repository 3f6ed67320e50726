# release(n) wakes n waiting threads at once; the others keep waiting.
import threading

sem = threading.Semaphore(0)
lock = threading.Lock()
passed = []
arrived = threading.Barrier(5)


def waiter(n):
    arrived.wait()
    if sem.acquire(timeout=30):
        with lock:
            passed.append(n)


threads = [threading.Thread(target=waiter, args=(i,)) for i in range(4)]
for t in threads:
    t.start()
arrived.wait()
sem.release(3)
while True:
    with lock:
        if len(passed) == 3:
            break
    threads[0].join(0.001)
print("after release(3):", len(passed), sem._value)
sem.release()
for t in threads:
    t.join()
print("after one more:", sorted(passed), sem._value)
