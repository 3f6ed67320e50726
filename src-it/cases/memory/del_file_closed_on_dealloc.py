import os, tempfile
d = tempfile.mkdtemp()
path = os.path.join(d, "g.txt")
f = open(path, "w")
f.write("data written")
del f
with open(path) as g:
    print(g.read())
os.remove(path)
os.rmdir(d)
