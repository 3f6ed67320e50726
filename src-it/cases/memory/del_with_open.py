import os, tempfile
path = os.path.join(tempfile.mkdtemp(), "f.txt")
class Tracked:
    def __del__(self):
        print("tracked del")
with open(path, "w") as f:
    f.write("hello")
    t = Tracked()
print("closed:", f.closed)
del t
f2 = open(path)
print(f2.read())
f2.close()
os.remove(path)
os.rmdir(os.path.dirname(path))
