"""A module's body runs on the first import only; later imports reuse it."""
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
    write("mod_once.py", "print('running mod_once')\nvalue = 1\n")
    print("before")
    import mod_once
    print("between")
    import mod_once
    import mod_once as again
    print(again is mod_once, mod_once.value)
    print(sys.modules["mod_once"] is mod_once)
finally:
    clean()
