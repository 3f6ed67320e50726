"""A relative import inside a function resolves against the module's package."""
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
    write("fnpkg/__init__.py", "")
    write("fnpkg/data.py", "ITEMS = [1, 2, 3]\n")
    write("fnpkg/user.py", "def load():\n    from .data import ITEMS\n    from . import data\n    return ITEMS, data.__name__\n")
    import fnpkg.user
    print(fnpkg.user.load())
finally:
    clean()
