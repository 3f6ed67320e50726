"""ModuleSpec: repr, equality, parent, has_location, cached."""
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
    from importlib.machinery import ModuleSpec
    a = ModuleSpec("pkg.mod", None, origin="/x/pkg/mod.py")
    print(a)
    print(a.parent, a.has_location, a.cached)
    b = ModuleSpec("pkg.mod", None, origin="/x/pkg/mod.py")
    print(a == b, a == ModuleSpec("other", None))
    p = ModuleSpec("pkg", None, is_package=True)
    print(p, p.parent)
    a.has_location = True
    print(a.has_location, a.cached.startswith("/x/pkg/__pycache__/mod."))
    try:
        hash(a)
    except TypeError as e:
        print(type(e).__name__)
    print(ModuleSpec("top", None).parent == "")
finally:
    clean()
