"""__import__ resolves a relative name from __package__ in the globals given."""
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
    write("gpkg/__init__.py", "")
    write("gpkg/tool.py", "NAME = 'tool'\n")
    import gpkg
    m = __import__("tool", {"__package__": "gpkg", "__name__": "whatever"}, None, ["NAME"], 1)
    print(m.__name__, m.NAME)
    top = __import__("", {"__package__": "gpkg"}, None, [], 1)
    print(top.__name__)
    try:
        __import__("tool", {"__package__": 3}, None, [], 1)
    except TypeError as e:
        print(e)
finally:
    clean()
