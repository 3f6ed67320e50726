"""A module's .pyc is used until its source changes; then it is rewritten."""
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
    write("versioned.py", "VERSION = 1\n")
    import versioned
    cached = importlib.util.cache_from_source(versioned.__file__)
    with open(cached, "rb") as f:
        first = f.read()
    del sys.modules["versioned"]
    import versioned
    print(versioned.VERSION)
    write("versioned.py", "VERSION = 222\n")
    del sys.modules["versioned"]
    import versioned
    print(versioned.VERSION)
    with open(cached, "rb") as f:
        print(f.read() != first)
finally:
    clean()
