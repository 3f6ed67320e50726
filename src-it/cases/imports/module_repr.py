"""Module reprs: from a file, built-in, made by hand."""
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
    write("repr_mod.py", "")
    import repr_mod
    print(rel(repr(repr_mod)))
    print(repr(sys))
    m = type(sys)("handmade")
    print(repr(m))
    m.__file__ = "somewhere.py"
    print(repr(m))
    del m.__spec__
    m.__loader__ = None
    print(repr(m))
finally:
    clean()
