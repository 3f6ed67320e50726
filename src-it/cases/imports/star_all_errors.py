"""Bad items in __all__ make import * fail with CPython's messages."""
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
    write("star_int.py", "__all__ = ['ok', 3]\nok = 1\n")
    write("star_missing.py", "__all__ = ['absent']\n")
    for name in ("star_int", "star_missing"):
        try:
            exec(f"from {name} import *", {})
        except (TypeError, AttributeError) as e:
            print(type(e).__name__, e)
    try:
        compile("def f():\n    from os import *\n", "f.py", "exec")
    except SyntaxError as e:
        print(type(e).__name__, e.msg)
finally:
    clean()
