"""__import__ gives the top package without a fromlist and the module with one."""
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
    write("ipkg/__init__.py", "")
    write("ipkg/deep/__init__.py", "")
    write("ipkg/deep/leaf.py", "")
    write("ipkg/extra.py", "print('extra loaded by fromlist')\n")
    print(__import__("ipkg.deep.leaf").__name__)
    print(__import__("ipkg.deep.leaf", fromlist=["x"]).__name__)
    print(__import__("ipkg.deep", fromlist=[]).__name__)
    m = __import__("ipkg", fromlist=["extra", "not_a_module"])
    print(m.__name__, m.extra.__name__)
    try:
        __import__("ipkg", fromlist=[1])
    except TypeError as e:
        print(e)
finally:
    clean()
