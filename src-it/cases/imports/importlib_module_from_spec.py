"""module_from_spec sets the spec's attributes on a new module."""
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
    import importlib.machinery
    spec = importlib.machinery.ModuleSpec("virtual", None)
    m = importlib.util.module_from_spec(spec)
    print(m.__name__, m.__spec__ is spec, m.__loader__, m.__package__)
    print(hasattr(m, "__file__"), hasattr(m, "__path__"))
    pspec = importlib.machinery.ModuleSpec("vpkg.inner", None, is_package=True)
    pm = importlib.util.module_from_spec(pspec)
    print(pm.__package__, pm.__path__, type(pm.__loader__).__name__)
finally:
    clean()
