"""With an empty sys.meta_path nothing new can be imported; imported modules still can."""
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
    write("after_empty.py", "")
    saved = sys.meta_path[:]
    sys.meta_path.clear()
    try:
        import after_empty
    except ModuleNotFoundError as e:
        print(e)
    import os
    print(os.sep)
    sys.meta_path[:] = saved
    import after_empty
    print("found again")
finally:
    clean()
