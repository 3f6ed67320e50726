"""importlib.reload runs a module's new source in its existing namespace."""
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
    import importlib
    write("reloadable.py", "count = 1\nprint('first version')\n")
    import reloadable
    reloadable.extra = "kept"
    write("reloadable.py", "count = 2\nprint('second, longer version')\n")
    again = importlib.reload(reloadable)
    print(again is reloadable, reloadable.count, reloadable.extra)
    try:
        importlib.reload(type(sys)("notloaded"))
    except ImportError as e:
        print(e)
    try:
        importlib.reload(5)
    except TypeError as e:
        print(e)
finally:
    clean()
