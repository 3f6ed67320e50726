"""A .pyc with a foreign magic number and no source: ImportError."""
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
    with open(os.path.join(ROOT, "foreign.pyc"), "wb") as f:
        f.write(b"XXXX" + bytes(12) + b"garbage")
    with open(os.path.join(ROOT, "empty.pyc"), "wb") as f:
        pass
    for name in ("foreign", "empty"):
        try:
            __import__(name)
        except ImportError as e:
            print(type(e).__name__, e, e.name, rel(e.path))
finally:
    clean()
