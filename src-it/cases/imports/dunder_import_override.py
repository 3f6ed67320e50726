"""Replacing builtins.__import__ intercepts import statements with all their arguments."""
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
    import builtins
    original = builtins.__import__
    calls = []
    def spy(name, globals=None, locals=None, fromlist=(), level=0):
        calls.append((name, fromlist, level, globals is not None and "__name__" in globals))
        return original(name, globals, locals, fromlist, level)
    builtins.__import__ = spy
    try:
        import os.path
        from os import sep
        import sys as system
        def inner():
            import os
            return os
        inner()
    finally:
        builtins.__import__ = original
    for c in calls:
        print(c)
finally:
    clean()
