"""A directory without __init__.py is a namespace package."""
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
    write("nsp/part/mod.py", "value = 'in namespace'\n")
    import nsp.part.mod
    import nsp
    print(nsp.part.mod.value, nsp.__file__, nsp.__spec__.origin)
    print(rel(list(nsp.__path__)), type(nsp.__loader__).__name__)
    print(nsp.__spec__.loader is nsp.__loader__, nsp.__package__)
finally:
    clean()
