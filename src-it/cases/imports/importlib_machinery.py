"""The finder and loader classes of importlib.machinery, used directly."""
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
    import importlib.machinery as machinery
    write("mach.py", "x = 'mach'\n")
    print(machinery.SOURCE_SUFFIXES, machinery.BYTECODE_SUFFIXES)
    spec = machinery.PathFinder.find_spec("mach", [ROOT])
    print(spec.name, type(spec.loader).__name__)
    print(machinery.PathFinder.find_spec("mach", [os.path.join(ROOT, "nope")]))
    finder = machinery.FileFinder(ROOT, (machinery.SourceFileLoader, machinery.SOURCE_SUFFIXES))
    print(rel(finder.path), finder.find_spec("mach").name, finder.find_spec("zzz"))
    loader = machinery.SourceFileLoader("mach", os.path.join(ROOT, "mach.py"))
    print(loader.name, rel(loader.path), loader.is_package("mach"), rel(loader.get_filename()))
    print(loader.get_source("mach"), end="")
    print(loader.get_data(os.path.join(ROOT, "mach.py")))
    print(loader == machinery.SourceFileLoader("mach", os.path.join(ROOT, "mach.py")))
    print(machinery.BuiltinImporter.find_spec("sys"))
    print(machinery.BuiltinImporter.find_spec("mach"))
finally:
    clean()
