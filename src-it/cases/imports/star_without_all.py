"""Without __all__, import * takes the names without a leading underscore."""
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
    write("star_plain.py", "public = 1\n_private = 2\n__dunder = 3\nimport os as _os\nfrom os import sep\n")
    ns = {}
    exec("from star_plain import *", ns)
    print(sorted(k for k in ns if k != "__builtins__"))
finally:
    clean()
