"""Relative imports inside a package: ., .. and from .mod import name."""
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
    write("rel/__init__.py", "from . import helper\nfrom .helper import twice\n")
    write("rel/helper.py", "def twice(x):\n    return 2 * x\n")
    write("rel/sub/__init__.py", "from .. import helper as up\nfrom ..helper import twice\nfrom .leaf import LEAF\n")
    write("rel/sub/leaf.py", "from ..helper import twice\nLEAF = twice(21)\n")
    import rel.sub
    print(rel.twice(4), rel.sub.up is rel.helper, rel.sub.LEAF)
    print(rel.sub.leaf.__package__, rel.sub.__package__)
finally:
    clean()
