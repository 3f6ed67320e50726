# tempfile: mkstemp, mkdtemp, NamedTemporaryFile and TemporaryDirectory, cleaned up afterwards.
import os, stat, tempfile

print(tempfile.gettempprefix(), os.path.isdir(tempfile.gettempdir()))
fd, path = tempfile.mkstemp(suffix=".txt", prefix="krait_")
print(os.path.basename(path).startswith("krait_"), path.endswith(".txt"), oct(stat.S_IMODE(os.stat(path).st_mode)))
print(os.write(fd, b"data"), os.lseek(fd, 0, 0), os.read(fd, 10))
os.close(fd)
os.remove(path)
d = tempfile.mkdtemp()
print(oct(stat.S_IMODE(os.stat(d).st_mode)), os.listdir(d))
with tempfile.NamedTemporaryFile("w+", dir=d, suffix=".log") as f:
    f.write("line\n")
    f.seek(0)
    print(f.read(), os.path.dirname(f.name) == d, os.path.exists(f.name))
print(os.listdir(d))
with tempfile.TemporaryDirectory(dir=d) as inner:
    with open(os.path.join(inner, "x"), "w") as g:
        g.write("x")
    print(os.listdir(inner))
print(os.path.exists(inner), os.listdir(d))
os.rmdir(d)
