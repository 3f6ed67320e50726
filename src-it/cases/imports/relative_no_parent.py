"""A relative import in a top-level module has no parent package."""
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
    write("toplevel.py", "from . import sibling\n")
    try:
        import toplevel
    except ImportError as e:
        print(type(e).__name__, e)
    try:
        exec("from .x import y", {"__name__": "__main__"})
    except ImportError as e:
        print(type(e).__name__, e)
    try:
        from . import anything
    except ImportError as e:
        print(type(e).__name__, e)
finally:
    clean()
