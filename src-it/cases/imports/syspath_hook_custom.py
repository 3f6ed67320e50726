"""A path hook on sys.path_hooks gives the finder of the entries it accepts."""
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

    class StringLoader:
        def __init__(self, source):
            self.source = source
        def create_module(self, spec):
            return None
        def exec_module(self, module):
            exec(self.source, module.__dict__)

    class MemoryFinder:
        def __init__(self, entry):
            if not entry.startswith("memory:"):
                raise ImportError("not mine")
            self.entry = entry
        def find_spec(self, name, target=None):
            if name == "from_memory":
                return importlib.util.spec_from_loader(name, StringLoader("value = 'in memory'"))
            return None

    sys.path_hooks.insert(0, MemoryFinder)
    sys.path.insert(0, "memory:store")
    import from_memory
    print(from_memory.value, type(from_memory.__loader__).__name__)
    print(type(sys.path_importer_cache["memory:store"]).__name__)
finally:
    clean()
