"""spec_from_file_location and module_from_spec load a file under any name."""
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
    write("anyfile.py", "def hello():\n    return 'hello from ' + __name__\n")
    path = os.path.join(ROOT, "anyfile.py")
    spec = importlib.util.spec_from_file_location("renamed", path)
    print(spec.name, type(spec.loader).__name__, rel(spec.origin), spec.submodule_search_locations)
    mod = importlib.util.module_from_spec(spec)
    print(mod.__name__, rel(mod.__file__), "renamed" in sys.modules)
    spec.loader.exec_module(mod)
    print(mod.hello())
    print(importlib.util.spec_from_file_location("data", os.path.join(ROOT, "x.txt")))
    write("apkg/__init__.py", "")
    pspec = importlib.util.spec_from_file_location("apkg", os.path.join(ROOT, "apkg", "__init__.py"))
    print(rel(pspec.submodule_search_locations))
finally:
    clean()
