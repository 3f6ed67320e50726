# io.StringIO: reading, writing at positions, seek/tell/truncate, newline modes, iteration.
import io

s = io.StringIO("alpha\nbeta\ngamma")
print(s.read(3), s.tell(), repr(s.readline()), s.readlines())
print(s.seek(0, 2), s.write("!"), repr(s.getvalue()))
s.seek(2)
print(s.write("XY"), repr(s.getvalue()), s.tell())
print(s.seek(20), s.write("z"), repr(s.getvalue()))
print(s.truncate(5), repr(s.getvalue()), s.tell())
print([line for line in io.StringIO("a\nb\nc")])
for newline in (None, "", "\n", "\r", "\r\n"):
    s = io.StringIO("x\r\ny\rz\n", newline=newline)
    print(repr(newline), repr(s.getvalue()), s.readlines(), s.newlines)
s = io.StringIO()
print(s.readable(), s.writable(), s.seekable(), s.encoding, s.errors, s.line_buffering, s.closed)
for args in ((-1,), (1, 1), (0, 3)):
    try:
        s.seek(*args)
    except (ValueError, OSError) as e:
        print(type(e).__name__, e)
try:
    s.write(b"bytes")
except TypeError as e:
    print(e)
try:
    s.fileno()
except io.UnsupportedOperation as e:
    print(type(e).__name__, e, isinstance(e, OSError), isinstance(e, ValueError))
s.close()
try:
    s.getvalue()
except ValueError as e:
    print(e)
with io.StringIO() as out:
    print("to a StringIO", 42, file=out)
    print(repr(out.getvalue()))
