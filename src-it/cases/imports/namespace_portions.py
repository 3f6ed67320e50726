"""A namespace package gathers portions from several sys.path entries."""
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
    sys.path.insert(0, os.path.join(ROOT, "one"))
    sys.path.insert(0, os.path.join(ROOT, "two"))
    write("one/shared/a.py", "name = 'a from one'\n")
    write("two/shared/b.py", "name = 'b from two'\n")
    import shared.a, shared.b
    print(shared.a.name, shared.b.name)
    print(rel(list(shared.__path__)))
finally:
    clean()
