"""sys.path_importer_cache keeps each entry's finder, None for a missing directory."""
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
    write("cached_mod.py", "")
    missing = os.path.join(ROOT, "does_not_exist")
    sys.path.insert(0, missing)
    import cached_mod
    finder = sys.path_importer_cache[ROOT]
    print(type(finder).__name__, rel(finder.path))
    print(sys.path_importer_cache[missing])
    print(rel(repr(finder)))
finally:
    clean()
