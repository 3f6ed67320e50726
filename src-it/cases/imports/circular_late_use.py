"""A circular import works when the names are used only after both modules ran."""
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
    write("ping.py", "import pong\ndef ping(n):\n    return 'ping' if n == 0 else pong.pong(n - 1)\n")
    write("pong.py", "import ping\ndef pong(n):\n    return 'pong' if n == 0 else ping.ping(n - 1)\n")
    import ping
    print(ping.ping(3), ping.ping(4))
finally:
    clean()
