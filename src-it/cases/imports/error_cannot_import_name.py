"""from module import missing name: the message names the file."""
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
    write("has_some.py", "present = 1\n")
    try:
        from has_some import present, missing
    except ImportError as e:
        print(rel(e))
        print(e.name, rel(e.path), e.msg == str(e))
    m = type(sys)("nofile")
    sys.modules["nofile"] = m
    try:
        from nofile import anything
    except ImportError as e:
        print(e)
finally:
    clean()
