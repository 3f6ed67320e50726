# sys.stdout.write returns the length; text is held until flushed, so sys.stdout.buffer writes
# that come in between appear before it, as with CPython writing to a pipe.
import sys

print(sys.stdout.write("text one\n"), sys.stdout.write(""), sys.stdout.write("\u20ac\n"))
sys.stdout.buffer.write(b"raw bytes\n")
sys.stdout.flush()
sys.stdout.buffer.write(b"after flush\n")
sys.stdout.buffer.flush()
print(sys.stdout.encoding, sys.stdout.errors, sys.stdout.line_buffering, sys.stderr.line_buffering, sys.stderr.errors)
print(sys.stdout.writable(), sys.stdout.readable(), sys.stdin.readable(), sys.stdout.fileno(), sys.stderr.fileno())
print(sys.stdout.name, sys.stdout.mode, sys.stdout.buffer.name, sys.stdin.name)
print(sys.__stdout__ is sys.stdout, sys.__stderr__ is sys.stderr, sys.__stdin__ is sys.stdin)
try:
    sys.stdout.write(b"bytes")
except TypeError as e:
    print(e)
sys.stderr.write("to stderr\n")
print(repr(sys.stdout).startswith("<_io.TextIOWrapper name='<stdout>' mode='w'"))
