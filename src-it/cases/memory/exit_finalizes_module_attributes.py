# At exit, finalization replaces every module in sys.modules by None, then wipes the dicts of the
# modules still alive (the last imported first) and at last sys's: a finalizer of an object kept
# in another module runs while sys.stdout still works; one kept in sys runs after it is gone.
import sys
import os


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("finalizing", self.name, sys.stdout is None)


os.kept_in_os = Noisy("in os")
sys.kept_in_sys = Noisy("in sys")
print("main done")
