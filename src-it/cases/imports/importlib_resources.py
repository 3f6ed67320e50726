"""importlib.resources.files reads the data files of a package."""
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
    import importlib.resources as resources
    write("datapkg/__init__.py", "")
    write("datapkg/greeting.txt", "hello, data\n")
    write("datapkg/sub/info.txt", "nested\n")
    files = resources.files("datapkg")
    print((files / "greeting.txt").read_text(), end="")
    print(files.joinpath("sub", "info.txt").read_text(), end="")
    print((files / "greeting.txt").is_file(), (files / "sub").is_dir(), (files / "missing").is_file())
    print((files / "greeting.txt").name, (files / "greeting.txt").read_bytes())
    print(resources.read_text("datapkg", "greeting.txt"), end="")
    write("plainfile.py", "")
    try:
        resources.files("plainfile")
    except TypeError as e:
        print(type(e).__name__)
finally:
    clean()
