"""runpy.run_module runs a module found on sys.path in a fresh namespace."""
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
    import runpy
    write("runnable.py", "print('running as', __name__)\nresult = 6 * 7\n")
    write("runpkg/__init__.py", "")
    write("runpkg/__main__.py", "print('package main', __name__, __package__)\n")
    g = runpy.run_module("runnable")
    print(g["result"], g["__name__"], "runnable" in sys.modules)
    g = runpy.run_module("runnable", run_name="__main__")
    print(g["__name__"], rel(g["__file__"]))
    runpy.run_module("runpkg")
    try:
        runpy.run_module("no_such_runnable")
    except ImportError as e:
        print(type(e).__name__, e)
finally:
    clean()
