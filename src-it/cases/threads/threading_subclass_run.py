# A Thread subclass overrides run(); its attributes are visible after join().
import threading


class Squarer(threading.Thread):
    def __init__(self, values):
        super().__init__(name="squarer")
        self.values = values
        self.result = None

    def run(self):
        self.result = [v * v for v in self.values]
        self.ran_in = threading.current_thread() is self


workers = [Squarer(range(i, i + 3)) for i in range(3)]
for w in workers:
    w.start()
for w in workers:
    w.join()
for w in workers:
    print(w.name, w.result, w.ran_in)


class NoInit(threading.Thread):
    def __init__(self):
        pass


try:
    NoInit().start()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    NoInit().join()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    NoInit().daemon = True
except RuntimeError as e:
    print("RuntimeError:", e)
