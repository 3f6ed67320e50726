# sys.__excepthook__ prints a traceback to sys.stderr when called directly.
import io
import sys

buf = io.StringIO()
old = sys.stderr
sys.stderr = buf
try:
    raise KeyError('k')
except KeyError:
    sys.__excepthook__(*sys.exc_info())
sys.excepthook(ValueError, ValueError('no traceback'), None)
sys.stderr = old
text = buf.getvalue()
print(text.splitlines()[0], text.splitlines()[-2], text.splitlines()[-1])
print(sys.excepthook is sys.__excepthook__)
try:
    sys.excepthook(1, 2)
except TypeError as e:
    print(e)
