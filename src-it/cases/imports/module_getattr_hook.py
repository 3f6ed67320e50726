"""A module-level __getattr__ answers for missing attributes (PEP 562)."""
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
    write("lazy.py", "def __getattr__(name):\n"
          "    if name == 'computed':\n"
          "        return 'value of ' + name\n"
          "    raise AttributeError(f'module {__name__!r} has no attribute {name!r}')\n"
          "real = 1\n")
    import lazy
    print(lazy.real, lazy.computed)
    from lazy import computed
    print(computed)
    try:
        lazy.missing
    except AttributeError as e:
        print(e)
    try:
        from lazy import missing
    except ImportError as e:
        print(rel(e))
finally:
    clean()
