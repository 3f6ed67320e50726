# os.makedirs (exist_ok), os.walk top-down and bottom-up, os.removedirs.
import os, tempfile

d = tempfile.mkdtemp()
os.makedirs(os.path.join(d, "a", "b", "c"))
os.makedirs(os.path.join(d, "a", "b"), exist_ok=True)
try:
    os.makedirs(os.path.join(d, "a"))
except FileExistsError as e:
    print(type(e).__name__, e.strerror)
for path in ("a/f1.txt", "a/b/f2.txt", "a/x/f3.txt"):
    full = os.path.join(d, path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    open(full, "w").close()
for root, dirs, files in os.walk(d):
    dirs.sort()
    print(os.path.relpath(root, d), dirs, sorted(files))
bottom_up = [os.path.relpath(root, d) for root, dirs, files in os.walk(d, topdown=False)]
print(sorted(bottom_up), all(bottom_up.index(r) > bottom_up.index(os.path.join(r, c)) for r in bottom_up
                             for c in ("b", "c", "x") if os.path.join(r, c) in bottom_up))
for root, dirs, files in os.walk(d, topdown=False):
    for name in files:
        os.remove(os.path.join(root, name))
    for name in dirs:
        os.rmdir(os.path.join(root, name))
print(os.listdir(d))
os.makedirs(os.path.join(d, "p", "q"))
os.removedirs(os.path.join(d, "p", "q"))
print(os.path.exists(d))
