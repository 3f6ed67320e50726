"""ImportError takes name= and path= keywords and keeps msg."""
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
    e = ImportError("message", name="mod", path="/p")
    print(e.msg, e.name, e.path, str(e), e.args)
    e = ImportError("a", "b")
    print(e.msg, e.name, str(e))
    e = ModuleNotFoundError(name="only")
    print(repr(str(e)), e.name, e.msg)
    try:
        ImportError("x", other=1)
    except TypeError as err:
        print(err)
    try:
        ModuleNotFoundError(bogus=2)
    except TypeError as err:
        print(err)
finally:
    clean()
