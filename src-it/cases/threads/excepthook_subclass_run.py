# A Thread subclass whose run() raises: the hook sees the subclass instance and its name.
import threading

seen = []


def hook(args):
    tb = args.exc_traceback
    names = []
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == __file__:
            names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    seen.append((type(args.thread).__name__, args.thread.name, args.exc_type.__name__,
                 str(args.exc_value), names))


class Job(threading.Thread):
    def run(self):
        self.step()

    def step(self):
        raise ArithmeticError(f"{self.name} failed")


threading.excepthook = hook
jobs = [Job(name=f"job{i}") for i in range(3)]
for j in jobs:
    j.start()
for j in jobs:
    j.join()
for entry in sorted(seen, key=lambda e: e[1]):
    print(entry)
