"""Whatever sys.modules holds under a name is what import gives."""
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
    class Fake:
        answer = 42
    sys.modules["fake_module"] = Fake()
    import fake_module
    print(type(fake_module).__name__, fake_module.answer)
    from fake_module import answer
    print(answer)
    sys.modules["plain"] = 7
    import plain
    print(plain)
finally:
    clean()
