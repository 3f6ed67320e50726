"""sys.dont_write_bytecode stops imports from writing __pycache__."""
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
    sys.dont_write_bytecode = True
    write("nocache_pkg/__init__.py", "")
    write("nocache_pkg/mod.py", "x = 1\n")
    import nocache_pkg.mod
    print(nocache_pkg.mod.x)
    print(sorted(os.listdir(os.path.join(ROOT, "nocache_pkg"))))
finally:
    clean()
