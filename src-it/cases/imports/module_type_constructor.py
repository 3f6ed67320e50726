"""The module type makes an empty module with a name and an optional docstring."""
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
    ModuleType = type(sys)
    m = ModuleType("made", "the doc")
    print(m.__name__, m.__doc__, m.__package__, m.__loader__, m.__spec__)
    print(list(vars(m)))
    m2 = ModuleType("other")
    print(m2.__doc__)
    try:
        ModuleType()
    except TypeError as e:
        print("TypeError")
    m.x = 5
    print(m.x)
finally:
    clean()
