"""An entry appended to sys.path is searched after the earlier ones."""
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
    extra = os.path.join(ROOT, "extra")
    write("extra/appended_only.py", "print('found in extra')\n")
    try:
        import appended_only
    except ModuleNotFoundError as e:
        print(e)
    sys.path.append(extra)
    import appended_only
    print(rel(appended_only.__file__))
finally:
    clean()
