# _thread._local: one __dict__ per thread; a subclass's __init__ runs again in each new thread.
import _thread

data = _thread._local()
data.x = "main"
print(type(data).__name__, data.__dict__)
out = []
done = _thread.allocate_lock()
done.acquire()


def run():
    out.append(("thread sees x", hasattr(data, "x")))
    data.x = "thread"
    data.y = 2
    out.append(("thread dict", sorted(data.__dict__.items())))
    done.release()


_thread.start_new_thread(run, ())
done.acquire()
for line in out:
    print(*line)
print("main still", data.x, hasattr(data, "y"))


class Counter(_thread._local):
    inits = []

    def __init__(self, start):
        Counter.inits.append(start)
        self.value = start

    def bump(self):
        self.value += 1
        return self.value


c = Counter(10)
c.bump()


def use():
    out.append(("thread counter", c.bump(), c.bump()))
    done.release()


_thread.start_new_thread(use, ())
done.acquire()
print(out[-1], c.value, Counter.inits)
try:
    _thread._local(1, key=2)
except TypeError as e:
    print("TypeError:", e)
del data.x
print(data.__dict__)
