"""A finder on sys.meta_path provides modules of its own."""
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
    import importlib.util

    class Loader:
        def create_module(self, spec):
            return None
        def exec_module(self, module):
            module.made_by = "custom loader"
            module.name_seen = module.__name__

    class Finder:
        def find_spec(self, name, path, target=None):
            if name.startswith("virtual_"):
                return importlib.util.spec_from_loader(name, Loader())
            return None

    sys.meta_path.insert(0, Finder())
    import virtual_one
    print(virtual_one.made_by, virtual_one.name_seen, virtual_one.__spec__.origin)
    print(type(virtual_one.__loader__).__name__, virtual_one.__package__)
    import os
    print(os.sep)
finally:
    clean()
