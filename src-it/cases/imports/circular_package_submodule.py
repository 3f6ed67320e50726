"""from package import sub while sub is importing finds it in sys.modules."""
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
    write("cpkg/__init__.py", "from . import first\n")
    write("cpkg/first.py", "from . import second\nVALUE = 'first'\n")
    write("cpkg/second.py", "from cpkg import first\nprint('second sees', first.__name__)\n")
    import cpkg
    print(cpkg.first.VALUE, cpkg.first.second.first is cpkg.first)
finally:
    clean()
