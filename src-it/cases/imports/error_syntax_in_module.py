"""A syntax error in an imported module raises SyntaxError; the module is not cached."""
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
    write("broken.py", "x = (\n")
    write("badindent.py", "if True:\nprint('x')\n")
    for name in ("broken", "badindent"):
        try:
            __import__(name)
        except SyntaxError as e:
            print(type(e).__name__, e.msg, os.path.basename(e.filename), e.lineno)
        print(name in sys.modules)
finally:
    clean()
