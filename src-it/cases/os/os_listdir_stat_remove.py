# Directories and files through os: mkdir, listdir, stat, rename, remove, rmdir, scandir.
import os, stat, tempfile

d = tempfile.mkdtemp()
os.mkdir(os.path.join(d, "sub"))
for name in ("b.txt", "a.txt"):
    with open(os.path.join(d, name), "w") as f:
        f.write(name * 3)
print(sorted(os.listdir(d)), sorted(os.listdir(os.fsencode(d))))
st = os.stat(os.path.join(d, "a.txt"))
print(st.st_size, st[stat.ST_SIZE], stat.S_ISREG(st.st_mode), stat.filemode(st.st_mode)[0], type(st).__name__, len(st))
print(isinstance(st.st_mtime, float), isinstance(st[stat.ST_MTIME], int), st.st_mtime_ns // 10**9 == st[8])
print(stat.S_ISDIR(os.stat(os.path.join(d, "sub")).st_mode), os.path.isdir(os.path.join(d, "sub")))
with os.scandir(d) as entries:
    print(sorted((e.name, e.is_dir(), e.is_file(), e.stat().st_size if e.is_file() else None) for e in entries))
os.rename(os.path.join(d, "a.txt"), os.path.join(d, "sub", "c.txt"))
print(sorted(os.listdir(d)), os.listdir(os.path.join(d, "sub")))
os.replace(os.path.join(d, "b.txt"), os.path.join(d, "sub", "c.txt"))
with open(os.path.join(d, "sub", "c.txt")) as f:
    print(f.read())
try:
    os.rmdir(os.path.join(d, "sub"))
except OSError as e:
    print(type(e).__name__, e.strerror)
os.unlink(os.path.join(d, "sub", "c.txt"))
os.rmdir(os.path.join(d, "sub"))
print(os.listdir(d), os.path.exists(os.path.join(d, "sub")))
os.rmdir(d)
print(os.path.exists(d))
