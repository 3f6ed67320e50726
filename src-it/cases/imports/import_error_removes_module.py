"""A module whose body raises is removed from sys.modules and runs again next time."""
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
    write("failing.py", "print('failing runs')\nraise ValueError('boom')\n")
    for attempt in range(2):
        try:
            import failing
        except ValueError as e:
            print("attempt", attempt, type(e).__name__, e, "failing" in sys.modules)
finally:
    clean()
