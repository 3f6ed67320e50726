"""A package's __init__ runs once, before its first submodule."""
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
    write("once_pkg/__init__.py", "print('init runs')\n")
    write("once_pkg/a.py", "print('a runs')\n")
    write("once_pkg/b.py", "print('b runs')\n")
    import once_pkg.a
    import once_pkg.b
    import once_pkg
    print(sorted(n for n in sys.modules if n.startswith("once_pkg")))
finally:
    clean()
