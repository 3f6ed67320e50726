"""A .pyc placed where the source would be is imported without the source."""
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
    import py_compile
    write("shipped.py", "def answer():\n    return 42\n")
    source = os.path.join(ROOT, "shipped.py")
    py_compile.compile(source, cfile=os.path.join(ROOT, "shipped.pyc"))
    os.remove(source)
    import shipped
    print(shipped.answer(), rel(shipped.__file__), type(shipped.__loader__).__name__)
    print(shipped.__spec__.origin == shipped.__file__, rel(shipped.__cached__))
finally:
    clean()
