"""Using an attribute of a partially initialised module names the circular import."""
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
    write("cyc_a.py", "import cyc_b\ndef fa():\n    return 'a'\n")
    write("cyc_b.py", "import cyc_a\ntry:\n    cyc_a.fa\nexcept AttributeError as e:\n    print('AttributeError:', e)\n")
    import cyc_a
    print(cyc_a.fa(), cyc_a.cyc_b.cyc_a is cyc_a)
finally:
    clean()
