"""An uncaught SyntaxError from compiling a module's source: the traceback shows the line and carets."""
import sys

source = "x = 1\nvalues = (1,\n    2\ntotal = 3 +\n"
try:
    compile(source, "module.py", "exec")
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.filename, e.lineno, e.offset, e.end_lineno, e.end_offset)
try:
    exec("if True:\n    a = 1\n     b = 2\n")
except IndentationError as e:
    print(type(e).__name__, e.msg, e.lineno, repr(e.text))
sys.stdout.flush()
compile("def broken(:\n    pass\n", "module.py", "exec")
