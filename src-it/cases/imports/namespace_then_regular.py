"""A regular package later on sys.path beats an earlier namespace portion."""
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
    sys.path.insert(0, os.path.join(ROOT, "late"))
    sys.path.insert(0, os.path.join(ROOT, "early"))
    write("early/mixed/loose.py", "")
    write("late/mixed/__init__.py", "kind = 'regular'\n")
    import mixed
    print(mixed.kind, rel(mixed.__file__))
finally:
    clean()
