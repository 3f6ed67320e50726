# Semaphore: a counter; acquire waits at zero; release(n) adds n.
import threading

sem = threading.Semaphore(2)
print(sem.acquire(), sem.acquire(), sem.acquire(blocking=False), sem.acquire(timeout=0.01))
sem.release()
print(sem.acquire(False))
sem.release(2)
print(sem._value)
with sem:
    print("inside with:", sem._value)
print(sem._value)
for call in (lambda: threading.Semaphore(-1),
             lambda: sem.acquire(False, 1),
             lambda: sem.release(0)):
    try:
        call()
    except ValueError as e:
        print("ValueError:", e)
zero = threading.Semaphore(0)
got = []
t = threading.Thread(target=lambda: got.append(zero.acquire(timeout=30)))
t.start()
zero.release()
t.join()
print(got, zero._value)
print(threading.Semaphore().acquire(False))
