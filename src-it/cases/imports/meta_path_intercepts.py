"""A finder at the front of sys.meta_path sees imports before the path finder."""
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
    write("real_module.py", "origin = 'file'\n")
    seen = []

    class Watcher:
        def find_spec(self, name, path, target=None):
            seen.append((name, path is None))
            return None

    sys.meta_path.insert(0, Watcher())
    import real_module
    write("wpkg/__init__.py", "")
    write("wpkg/child.py", "")
    import wpkg.child
    print(real_module.origin)
    print([s for s in seen if s[0] in ("real_module", "wpkg", "wpkg.child")])
finally:
    clean()
