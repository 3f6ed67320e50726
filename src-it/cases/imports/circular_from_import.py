"""from m import name during m's own import: CPython's circular import message."""
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
    write("loop_a.py", "from loop_b import b_value\na_value = 1\n")
    write("loop_b.py", "from loop_a import a_value\nb_value = 2\n")
    try:
        import loop_a
    except ImportError as e:
        print(type(e).__name__, rel(e))
        print(e.name, rel(e.path))
    print(sorted(n for n in sys.modules if n.startswith("loop_")))
finally:
    clean()
