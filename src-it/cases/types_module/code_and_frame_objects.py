# Code and frame objects reached through types: names, lines and locals of running frames.
import sys
import types
def probe(a, b=2):
    c = a + b
    frame = sys._getframe()
    return frame
f = probe(1)
print(isinstance(f, types.FrameType), f.f_code.co_name, f.f_code is probe.__code__)
print(f.f_globals is globals(), f.f_code.co_varnames)
def outer():
    return inner()
def inner():
    fr = sys._getframe(1)
    return fr.f_code.co_name, fr.f_back.f_code.co_name
print(outer())
code = compile("x = 1\ny = x + 1\n", "<src>", "exec")
print(isinstance(code, types.CodeType), code.co_filename, code.co_name, code.co_names)
ns = {}
exec(code, ns)
print(ns["y"])
