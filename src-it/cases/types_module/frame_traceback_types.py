# types.FrameType and types.TracebackType from a caught exception.
import types
import sys
def inner():
    raise ValueError("deep")
def outer():
    inner()
try:
    outer()
except ValueError as e:
    tb = e.__traceback__
print(isinstance(tb, types.TracebackType), type(tb).__name__)
names = []
while tb is not None:
    frame = tb.tb_frame
    names.append((frame.f_code.co_name, tb.tb_lineno, isinstance(frame, types.FrameType)))
    tb = tb.tb_next
print(names)
def where():
    f = sys._getframe()
    return f.f_code.co_name, f.f_back.f_code.co_name, type(f) is types.FrameType
def caller():
    return where()
print(caller())
print(types.FrameType.__name__, types.TracebackType.__name__)
