"""runpy.run_path runs a file as a script."""
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
    write("script.py", "print('script', __name__)\nvalue = [1, 2]\n")
    g = runpy.run_path(os.path.join(ROOT, "script.py"))
    print(g["value"], g["__name__"], rel(g["__file__"]))
    g = runpy.run_path(os.path.join(ROOT, "script.py"), init_globals={"extra": 1}, run_name="custom")
    print(g["extra"], g["__name__"])
finally:
    clean()
