"""Modules written in the implementation itself have built-in specs."""
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
    import posix, errno
    for m in (sys, posix, errno):
        print(m.__spec__.name, m.__spec__.origin, m.__spec__.loader.__name__, m.__loader__.__name__)
        print(repr(m.__package__), hasattr(m, "__file__"), m.__spec__.has_location)
    print(repr(errno))
    print(sys.meta_path[-1].__name__, sys.path_hooks[0].__name__)
finally:
    clean()
