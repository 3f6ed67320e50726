# A weak reference kept in a module whose referent dies at exit calls its callback then.
import weakref
import os


class Target:
    pass


def report(ref):
    print("callback ran, referent gone:", ref() is None)


os.target = Target()
os.ref = weakref.ref(os.target, report)
print("main done")
