"""importlib.import_module: absolute and relative names and its errors."""
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
    write("impkg/__init__.py", "")
    write("impkg/sub.py", "where = 'sub'\n")
    m = importlib.import_module("impkg.sub")
    print(m.__name__, m.where)
    print(importlib.import_module(".sub", "impkg") is m)
    print(importlib.import_module("..sub", "impkg.sub") is m)
    for args in ((".sub",), (".sub", ""), ("missing_thing",), ("..x", "impkg")):
        try:
            importlib.import_module(*args)
        except (TypeError, ImportError) as e:
            print(type(e).__name__, e)
finally:
    clean()
