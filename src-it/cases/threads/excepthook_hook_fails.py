# When threading.excepthook itself raises, sys.excepthook reports that error.
import sys
import threading

reports = []


def broken_hook(args):
    raise RuntimeError(f"hook failed for {args.exc_type.__name__}")


def sys_hook(exc_type, exc_value, tb):
    reports.append((exc_type.__name__, str(exc_value), exc_value.__suppress_context__))


class Capture:
    text = ""

    def write(self, s):
        Capture.text += s

    def flush(self):
        pass


threading.excepthook = broken_hook
sys.excepthook = sys_hook
sys.stderr = Capture()
t = threading.Thread(target=lambda: 1 / 0)
t.start()
t.join()
sys.stderr = sys.__stderr__
print(repr(Capture.text))
print(reports)
