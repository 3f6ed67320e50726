# threading.excepthook called directly: the thread's name, then the traceback (if any).
import sys
import threading

t = threading.Thread(name="pretend")
hook = threading.excepthook
hook(threading.ExceptHookArgs([ValueError, ValueError("no traceback"), None, t]))


def failing():
    raise LookupError("with traceback")


try:
    failing()
except LookupError as e:
    hook(threading.ExceptHookArgs([type(e), e, e.__traceback__, t]))
hook(threading.ExceptHookArgs([SystemExit, SystemExit(3), None, t]))
print("SystemExit is ignored")
main = threading.main_thread()
hook(threading.ExceptHookArgs([RuntimeError, RuntimeError("in main"), None, main]))
sys.stderr.flush()
print("done")
