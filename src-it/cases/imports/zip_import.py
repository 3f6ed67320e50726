"""Modules and packages are imported from a zip file on sys.path."""
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
    def crc32(data):
        crc = 0xFFFFFFFF
        for b in data:
            crc ^= b
            for _ in range(8):
                crc = (crc >> 1) ^ (0xEDB88320 & -(crc & 1))
        return crc ^ 0xFFFFFFFF

    def u16(n):
        return n.to_bytes(2, "little")

    def u32(n):
        return n.to_bytes(4, "little")

    def make_zip(path, files):
        out, central = b"", b""
        for name, text in files.items():
            data, raw = text.encode(), name.encode()
            fields = u16(20) + u16(0) + u16(0) + u16(0) + u16(33) + u32(crc32(data)) + u32(len(data)) * 2 + u16(len(raw))
            central += b"PK\x01\x02" + u16(20) + fields + u16(0) * 4 + u32(0) + u32(len(out)) + raw
            out += b"PK\x03\x04" + fields + u16(0) + raw + data
        end = b"PK\x05\x06" + u16(0) * 2 + u16(len(files)) * 2 + u32(len(central)) + u32(len(out)) + u16(0)
        with open(path, "wb") as f:
            f.write(out + central + end)

    archive = os.path.join(ROOT, "bundle.zip")
    make_zip(archive, {"zmod.py": "WHERE = 'zip module'\n", "zpkg/__init__.py": "from .part import PART\n",
                       "zpkg/part.py": "PART = 'zip package part'\n"})
    sys.path.insert(0, archive)
    import zmod, zpkg
    print(zmod.WHERE, zpkg.PART)
    print(rel(zmod.__file__), rel(zpkg.__file__), rel(zpkg.__path__))
    print(type(zmod.__loader__).__name__, rel(repr(zmod.__loader__)))
    print(type(sys.path_importer_cache[archive]).__name__)
finally:
    clean()
