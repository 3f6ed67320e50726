"""None in sys.modules stops an import with ModuleNotFoundError."""
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
    write("blocked.py", "print('never')\n")
    sys.modules["blocked"] = None
    try:
        import blocked
    except ModuleNotFoundError as e:
        print(type(e).__name__, e, e.name)
    try:
        from blocked import x
    except ImportError as e:
        print(type(e).__name__, e)
    del sys.modules["blocked"]
    import blocked
finally:
    clean()
