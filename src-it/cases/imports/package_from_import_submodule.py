"""from package import name imports a submodule the package did not import."""
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
    write("fpkg/__init__.py", "attr = 'attribute'\n")
    write("fpkg/subm.py", "print('subm runs')\nvalue = 9\n")
    from fpkg import attr, subm
    print(attr, subm.value)
    from fpkg import subm as again
    print(again is subm)
    try:
        from fpkg import nothere
    except ImportError as e:
        print(type(e).__name__, rel(e))
finally:
    clean()
