"""A checked hash-based .pyc is used while the source's hash matches."""
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
    import py_compile
    import importlib.util
    write("hashmod.py", "STATE = 'one'\n")
    source = os.path.join(ROOT, "hashmod.py")
    cfile = py_compile.compile(source, invalidation_mode=py_compile.PycInvalidationMode.CHECKED_HASH)
    with open(cfile, "rb") as f:
        header = f.read(16)
    print(header[4], len(importlib.util.source_hash(b"x")))
    import hashmod
    print(hashmod.STATE)
    write("hashmod.py", "STATE = 'two'\n")
    del sys.modules["hashmod"]
    import hashmod
    print(hashmod.STATE)
finally:
    clean()
