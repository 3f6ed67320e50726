"""The first sys.path entry holding a module wins."""
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
    first = os.path.join(ROOT, "first")
    second = os.path.join(ROOT, "second")
    write("first/shadow.py", "where = 'first'\n")
    write("second/shadow.py", "where = 'second'\n")
    sys.path.insert(0, second)
    sys.path.insert(0, first)
    import shadow
    print(shadow.where)
    del sys.modules["shadow"]
    sys.path.remove(first)
    import shadow
    print(shadow.where)
finally:
    clean()
