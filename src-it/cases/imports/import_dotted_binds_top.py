"""import pkg.sub binds the top-level package and sets the submodule as its attribute."""
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
    write("top/__init__.py", "print('top init')\n")
    write("top/mid/__init__.py", "print('mid init')\n")
    write("top/mid/leaf.py", "print('leaf runs')\nx = 3\n")
    import top.mid.leaf
    print(top.__name__, top.mid.__name__, top.mid.leaf.x)
    print("mid" in vars(top), "leaf" in vars(top.mid))
finally:
    clean()
