"""A module is not found once its directory leaves sys.path."""
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
    write("leaving.py", "")
    import leaving
    del sys.modules["leaving"]
    sys.path.remove(ROOT)
    try:
        import leaving
    except ModuleNotFoundError as e:
        print(e)
    sys.path.insert(0, ROOT)
finally:
    clean()
