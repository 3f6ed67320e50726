"""compileall.compile_dir compiles a tree and reports bad files."""
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
    import compileall
    import importlib.util
    write("tree/a.py", "A = 1\n")
    write("tree/sub/b.py", "B = 2\n")
    write("tree/sub/broken.py", "x = (\n")
    write("tree/notes.txt", "not python\n")
    ok = compileall.compile_dir(os.path.join(ROOT, "tree"), quiet=2)
    print(ok)
    for name in ("a.py", "sub/b.py", "sub/broken.py"):
        print(name, os.path.isfile(importlib.util.cache_from_source(os.path.join(ROOT, "tree", name))))
    print(compileall.compile_file(os.path.join(ROOT, "tree", "a.py"), quiet=1))
finally:
    clean()
