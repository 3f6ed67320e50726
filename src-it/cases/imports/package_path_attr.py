"""A package's __path__ lists its directory; __file__ names its __init__."""
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
    write("pathpkg/__init__.py", "")
    write("pathpkg/sub/__init__.py", "")
    import pathpkg.sub
    print(rel(pathpkg.__path__), rel(pathpkg.sub.__path__))
    print(rel(pathpkg.__file__))
    print(rel(pathpkg.__spec__.submodule_search_locations))
finally:
    clean()
