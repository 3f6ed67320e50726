"""__import__ checks its arguments as CPython does."""
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
    tests = [
        lambda: __import__(1),
        lambda: __import__(""),
        lambda: __import__("os", level=-1),
        lambda: __import__("x", {}, None, [], 1),
        lambda: __import__("x", "notadict", None, [], 1),
        lambda: __import__("x", {"__name__": "top"}, None, [], 1),
        lambda: __import__("x", {"__name__": 5}, None, [], 1),
    ]
    for t in tests:
        try:
            t()
        except (TypeError, ValueError, ImportError, KeyError) as e:
            print(type(e).__name__, e)
finally:
    clean()
