# With sys.stderr set to None, the default hook writes to the stderr the thread started with.
import sys
import threading


class Capture:
    text = ""

    def write(self, s):
        Capture.text += s

    def flush(self):
        pass


sys.stderr = Capture()
t = threading.Thread(target=lambda: {}["k"], name="quiet")
sys.stderr = None
t.start()
t.join()
sys.stderr = sys.__stderr__
lines = Capture.text.splitlines()
print(lines[0], lines[1], lines[-1], sep="\n")
