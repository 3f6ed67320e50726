"""A .pyc shorter than its header, with no source: EOFError."""
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
    with open(os.path.join(ROOT, "short.pyc"), "wb") as f:
        f.write(importlib.util.MAGIC_NUMBER + b"\0\0")
    try:
        import short
    except EOFError as e:
        print(type(e).__name__, e)
    with open(os.path.join(ROOT, "flags.pyc"), "wb") as f:
        f.write(importlib.util.MAGIC_NUMBER + b"\x08\0\0\0" + bytes(8))
    try:
        import flags
    except ImportError as e:
        print(type(e).__name__, e)
finally:
    clean()
