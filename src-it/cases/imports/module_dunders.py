"""The attributes the import system sets on a module and a package."""
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
    write("dpkg/__init__.py", "")
    write("dpkg/dmod.py", "")
    import dpkg.dmod as m
    for mod in (m, sys.modules["dpkg"]):
        print(mod.__name__, mod.__package__, rel(mod.__file__))
        print(type(mod.__loader__).__name__, mod.__spec__.name, mod.__spec__.parent)
        print("__cached__" in vars(mod), mod.__doc__)
    print(rel(sys.modules["dpkg"].__path__))
    print(hasattr(m, "__path__"))
finally:
    clean()
