"""from package import * imports the submodules its __all__ names."""
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
    write("starpkg/__init__.py", "__all__ = ['alpha', 'beta', 'CONST']\nCONST = 1\n")
    write("starpkg/alpha.py", "print('alpha runs')\n")
    write("starpkg/beta.py", "print('beta runs')\n")
    write("starpkg/gamma.py", "print('gamma runs')\n")
    ns = {}
    exec("from starpkg import *", ns)
    print(sorted(k for k in ns if k != "__builtins__"))
    print("starpkg.gamma" in sys.modules)
finally:
    clean()
