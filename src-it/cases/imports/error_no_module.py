"""ModuleNotFoundError: its message and its name and path attributes."""
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
    for name in ("absent_mod", "absent_pkg.sub", "os.nope"):
        try:
            __import__(name)
        except ModuleNotFoundError as e:
            print(repr(e), e.name, e.path, isinstance(e, ImportError))
    try:
        from os import nope
    except ImportError as e:
        print(type(e).__name__, e.name)
finally:
    clean()
