"""Loaders that break the protocol get CPython's ImportErrors."""
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
    import importlib.machinery

    class OnlyExec:
        def exec_module(self, module):
            pass

    class NoCode:
        def create_module(self, spec):
            return None
        def exec_module(self, module):
            raise ImportError("nothing to run", name=module.__name__)

    class Finder:
        def find_spec(self, name, path, target=None):
            loaders = {"only_exec": OnlyExec(), "no_code": NoCode()}
            if name in loaders:
                return importlib.machinery.ModuleSpec(name, loaders[name])
            return None

    sys.meta_path.insert(0, Finder())
    for name in ("only_exec", "no_code"):
        try:
            __import__(name)
        except ImportError as e:
            print(type(e).__name__, e, name in sys.modules)
finally:
    clean()
