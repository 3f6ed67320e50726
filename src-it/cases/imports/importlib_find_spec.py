"""importlib.util.find_spec: found, missing, already imported, and its errors."""
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
    import importlib.util
    write("findme/__init__.py", "")
    write("findme/part.py", "")
    spec = importlib.util.find_spec("findme.part")
    print(spec.name, spec.parent, rel(spec.origin), spec.has_location, spec.submodule_search_locations)
    print("findme" in sys.modules, "findme.part" in sys.modules)
    print(importlib.util.find_spec("definitely_missing"))
    print(importlib.util.find_spec(".part", "findme").name)
    m = type(sys)("specless")
    sys.modules["specless"] = m
    try:
        importlib.util.find_spec("specless")
    except ValueError as e:
        print(e)
    try:
        importlib.util.find_spec("os.path.x")
    except ModuleNotFoundError as e:
        print(e)
finally:
    clean()
