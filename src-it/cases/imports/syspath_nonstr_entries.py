"""Entries of sys.path that are not str are skipped."""
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
    write("after_odd.py", "ok = True\n")
    sys.path.insert(0, 42)
    sys.path.insert(0, b"/nowhere")
    sys.path.insert(0, None)
    import after_odd
    print(after_odd.ok)
    print(sys.path[:3])
finally:
    clean()
