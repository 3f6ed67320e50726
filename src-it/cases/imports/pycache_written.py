"""Importing a module writes its .pyc into __pycache__ beside it."""
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
    import importlib.util
    write("cached_one.py", "x = 1\n")
    import cached_one
    cached = importlib.util.cache_from_source(cached_one.__file__)
    print(os.path.isfile(cached), os.path.basename(os.path.dirname(cached)))
    print(os.path.basename(cached).split(".")[0], cached == cached_one.__cached__)
    with open(cached, "rb") as f:
        print(f.read(4) == importlib.util.MAGIC_NUMBER)
finally:
    clean()
