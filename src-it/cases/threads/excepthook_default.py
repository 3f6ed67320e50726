# An exception ending a thread goes to threading.excepthook, which prints it on stderr.
# The library's own frames differ between implementations: the stderr text is captured and
# printed without them.
import sys
import threading

HERE = __file__.rsplit("/", 1)[-1]


class Capture:
    def __init__(self):
        self.text = ""

    def write(self, s):
        self.text += s
        return len(s)

    def flush(self):
        pass


def own_lines(text):
    keep, skipping = [], False
    for line in text.splitlines():
        if line.startswith("  File "):
            skipping = HERE not in line
        elif not line.startswith("    "):
            skipping = False
        if not skipping:
            keep.append(line.replace(__file__, HERE))
    return keep


def fail(n):
    raise ValueError(f"bad value {n}")


capture = Capture()
sys.stderr = capture
t = threading.Thread(target=fail, args=(3,), name="failing")
t.start()
t.join()
sys.stderr = sys.__stderr__
print("\n".join(own_lines(capture.text)))
print("thread ended:", t.is_alive())
print(threading.excepthook is threading.__excepthook__)
