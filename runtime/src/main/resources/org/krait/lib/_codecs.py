"""The two functions of CPython's _codecs module that pickles call (Krait's own, over str and
bytes): protocols 0 to 2 write bytes as _codecs.encode(text, 'latin1')."""


def encode(obj, encoding="utf-8", errors="strict"):
    return obj.encode(encoding, errors)


def decode(obj, encoding="utf-8", errors="strict"):
    return obj.decode(encoding, errors)
