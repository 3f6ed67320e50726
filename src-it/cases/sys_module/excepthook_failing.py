# When sys.excepthook itself fails, both tracebacks are printed.
import sys

def broken(exc_type, exc, tb):
    raise RuntimeError('hook broke')

sys.excepthook = broken
raise KeyError('original')
