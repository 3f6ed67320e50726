# What escapes a thread's function: reported through sys.unraisablehook; SystemExit is silent.
import _thread, sys


class Job:
    def __init__(self, name, action):
        self.name = name
        self.action = action
        self.done = _thread.allocate_lock()
        self.done.acquire()

    def __call__(self):
        try:
            self.action()
        finally:
            self.done.release()

    def __repr__(self):
        return "Job(%r)" % self.name


def fail():
    raise ValueError("bad value")


def leave():
    sys.exit(4)


def leave_thread():
    _thread.exit()


for job in [Job("fails", fail), Job("exits", leave), Job("exit_thread", leave_thread)]:
    _thread.start_new_thread(job, ())
    job.done.acquire()
    print("after", job.name, flush=True)

seen = []
sys.unraisablehook = lambda args: seen.append((args.exc_type.__name__, str(args.exc_value), args.err_msg, args.object))
job = Job("hooked", fail)
_thread.start_new_thread(job, ())
job.done.acquire()
while not seen:
    pass
print(seen)
