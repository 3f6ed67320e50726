"""Importing below a plain module: 'm' is not a package."""
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
    write("flat.py", "")
    try:
        import flat.sub
    except ModuleNotFoundError as e:
        print(e, e.name)
    try:
        from flat.sub import x
    except ModuleNotFoundError as e:
        print(e)
    import flat
    print(hasattr(flat, "__path__"))
finally:
    clean()
