"""import a.b as c binds the submodule; from a import b as c too."""
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
    write("pkg_as/__init__.py", "")
    write("pkg_as/inner.py", "name = 'inner'\n")
    import pkg_as.inner as alias
    print(alias.name, alias.__name__)
    from pkg_as import inner as other
    print(other is alias)
    print("pkg_as" in dir(), "alias" in dir())
finally:
    clean()
