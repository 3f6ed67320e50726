"""A module written after a failed import is found (after invalidate_caches)."""
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
    try:
        import written_later
    except ModuleNotFoundError as e:
        print(e)
    write("written_later.py", "print('now it exists')\n")
    importlib.invalidate_caches()
    import written_later
    print(rel(written_later.__file__))
finally:
    clean()
