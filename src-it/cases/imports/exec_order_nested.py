"""Nested imports run in depth-first order, each module once."""
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
    write("na.py", "print('a start')\nimport nb\nimport nc\nprint('a end')\n")
    write("nb.py", "print('b start')\nimport nc\nprint('b end')\n")
    write("nc.py", "print('c runs')\n")
    import na
    print(sorted(n for n in sys.modules if n in ("na", "nb", "nc")))
finally:
    clean()
