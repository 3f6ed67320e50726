# Default names are "Thread-N", with " (target name)" when there is a target; N counts up.
import threading


def job():
    pass


class Callable:
    def __call__(self):
        pass


print(threading.Thread(target=job).name)
print(threading.Thread().name)
print(threading.Thread(target=lambda: None).name)
print(threading.Thread(target=Callable()).name)
print(threading.Thread(target=print).name)
print(threading.Thread(name="worker").name)
print(threading.Thread(name="", target=job).name)
print(threading.Thread(name=42).name)
t = threading.Thread(target=job)
t.name = 7
print(repr(t.name))


class Sub(threading.Thread):
    def run(self):
        pass


print(Sub().name)
print(threading.Timer(1, job).name)
