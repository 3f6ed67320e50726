"""The order of the names the import system puts in a module's namespace."""
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
    write("keys_mod.py", "x = 1\n")
    write("keys_pkg/__init__.py", "y = 2\n")
    import keys_mod, keys_pkg
    print(list(vars(keys_mod)))
    print(list(vars(keys_pkg)))
finally:
    clean()
