"""A damaged .pyc in __pycache__ is ignored when the source is there."""
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
    import importlib.util
    write("healthy.py", "print('compiled from source')\nanswer = 42\n")
    cached = importlib.util.cache_from_source(os.path.join(ROOT, "healthy.py"))
    os.makedirs(os.path.dirname(cached), exist_ok=True)
    for damage in (b"", b"junk", b"XXXX" + bytes(20), importlib.util.MAGIC_NUMBER + b"\0\0"):
        with open(cached, "wb") as f:
            f.write(damage)
        sys.modules.pop("healthy", None)
        import healthy
        print(healthy.answer)
finally:
    clean()
