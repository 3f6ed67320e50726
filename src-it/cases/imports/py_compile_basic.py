"""py_compile.compile writes a .pyc and reports syntax errors."""
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
    import importlib.util
    write("tocompile.py", "print('compiled module runs')\n")
    source = os.path.join(ROOT, "tocompile.py")
    cfile = py_compile.compile(source, doraise=True)
    print(cfile == importlib.util.cache_from_source(source), os.path.isfile(cfile))
    explicit = os.path.join(ROOT, "elsewhere", "out.pyc")
    print(rel(py_compile.compile(source, cfile=explicit)), os.path.isfile(explicit))
    write("bad.py", "def f(:\n")
    try:
        py_compile.compile(os.path.join(ROOT, "bad.py"), doraise=True)
    except py_compile.PyCompileError as e:
        print(type(e).__name__, e.exc_type_name, type(e.exc_value).__name__)
    print(py_compile.compile(os.path.join(ROOT, "bad.py"), quiet=2))
finally:
    clean()
