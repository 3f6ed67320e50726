# A program's sys.excepthook receives the uncaught exception instead of the traceback.
import sys

def hook(exc_type, exc, tb):
    print('hook:', exc_type.__name__, exc, tb is not None, file=sys.stderr)
    print('hook ran')

sys.excepthook = hook
print('before')
raise ValueError('not caught')
