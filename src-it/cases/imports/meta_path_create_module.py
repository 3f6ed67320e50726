"""A loader's create_module may supply the module object."""
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

    class Special(type(sys)):
        def describe(self):
            return "special " + self.__name__

    class Loader:
        def create_module(self, spec):
            return Special(spec.name)
        def exec_module(self, module):
            module.flag = True

    class Finder:
        def find_spec(self, name, path, target=None):
            if name == "special_mod":
                return importlib.machinery.ModuleSpec(name, Loader(), origin="made up")
            return None

    sys.meta_path.insert(0, Finder())
    import special_mod
    print(type(special_mod).__name__, special_mod.describe(), special_mod.flag)
    print(special_mod.__spec__.origin, hasattr(special_mod, "__file__"))
finally:
    clean()
