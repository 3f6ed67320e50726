# BoundedSemaphore refuses to go above its initial value.
import threading

sem = threading.BoundedSemaphore(2)
for n in (1, 2):
    try:
        sem.release(n)
    except ValueError as e:
        print("ValueError:", e)
sem.acquire()
sem.acquire()
try:
    sem.release(3)
except ValueError as e:
    print("ValueError:", e)
print(sem._value)
sem.release(2)
print(sem._value, sem._initial_value)
print(isinstance(sem, threading.Semaphore), threading.BoundedSemaphore.__mro__[1].__name__)
try:
    threading.BoundedSemaphore(-3)
except ValueError as e:
    print("ValueError:", e)
