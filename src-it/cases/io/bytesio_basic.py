# io.BytesIO: reading, writing, seek/tell/truncate, readinto, getbuffer, closed errors.
import io

b = io.BytesIO(b"hello\nworld\n")
print(b.read(2), b.tell(), b.readline(), b.read1(3), b.read(), b.read())
print(b.seek(0), b.readlines(), b.seek(-3, 2), b.read(), b.seek(1, 1))
print(b.write(b"XY"), b.getvalue(), b.seek(20), b.write(b"!"), b.getvalue())
print(b.truncate(4), b.getvalue(), b.tell())
buf = bytearray(3)
b.seek(1)
print(b.readinto(buf), buf, bytes(b.getbuffer()))
print(b.readable(), b.writable(), b.seekable(), b.isatty(), b.closed)
for bad in (lambda: b.write("str"), lambda: b.seek(-1), lambda: b.seek(0, 5), lambda: io.BytesIO("str")):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(list(io.BytesIO(b"a\nb\nc")))
b.close()
try:
    b.read()
except ValueError as e:
    print(e)
text = io.TextIOWrapper(io.BytesIO(), encoding="utf-8")
text.write("pending")
print(text.buffer.getvalue())
text.flush()
print(text.buffer.getvalue())
