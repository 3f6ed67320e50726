"""import statements bind names in the scope they run in."""
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
    write("scoped.py", "VALUE = 'scoped'\n")
    def f():
        import scoped
        from scoped import VALUE as v
        return scoped.__name__, v, "scoped" in locals()
    print(f(), "scoped" in globals())
    class C:
        import scoped as mod
        from scoped import VALUE
    print(C.mod.__name__, C.VALUE)
finally:
    clean()
