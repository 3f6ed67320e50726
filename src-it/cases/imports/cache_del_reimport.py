"""Deleting a module from sys.modules makes the next import run it again."""
import os
import sys
import tempfile

ROOT = tempfile.mkdtemp()


def write(rel, text):
    path = os.path.join(ROOT, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(text)


def clean():
    for dirpath, dirnames, filenames in os.walk(ROOT, topdown=False):
        for name in filenames:
            os.remove(os.path.join(dirpath, name))
        for name in dirnames:
            os.rmdir(os.path.join(dirpath, name))
    os.rmdir(ROOT)


def rel(text):
    return str(text).replace(ROOT, "<tmp>")


sys.path.insert(0, ROOT)

try:
    write("counted.py", "import sys\nsys.counter = getattr(sys, 'counter', 0) + 1\nprint('run', sys.counter)\n")
    import counted
    first = counted
    del sys.modules["counted"]
    import counted
    print(first is counted, sys.counter)
    import counted
    print(sys.counter)
finally:
    clean()
