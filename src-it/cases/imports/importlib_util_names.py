"""importlib.util.resolve_name and the cache path helpers."""
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
    import importlib.util as util
    print(util.resolve_name("a.b", None), util.resolve_name(".b", "pkg.mod"), util.resolve_name("..b", "pkg.mod"))
    for args in ((".b", None), ("...b", "pkg")):
        try:
            util.resolve_name(*args)
        except ImportError as e:
            print(e)
    cached = util.cache_from_source("/src/mod.py")
    print(cached.startswith("/src/__pycache__/mod."), cached.endswith(".pyc"))
    print(util.source_from_cache(cached))
    try:
        util.source_from_cache("/src/mod.pyc")
    except ValueError as e:
        print(e)
    print(len(util.MAGIC_NUMBER), util.MAGIC_NUMBER[2:])
    print(util.decode_source(b"a = 1\r\nb = 2\r\n"))
finally:
    clean()
