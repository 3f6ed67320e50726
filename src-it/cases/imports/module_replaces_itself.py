"""A module may replace its own sys.modules entry; import returns the replacement."""
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
    write("swapper.py", "import sys\n"
          "class Replacement:\n"
          "    def __repr__(self):\n"
          "        return '<replacement>'\n"
          "    greeting = 'hi'\n"
          "sys.modules[__name__] = Replacement()\n")
    import swapper
    print(swapper, swapper.greeting)
    from swapper import greeting
    print(greeting)
finally:
    clean()
