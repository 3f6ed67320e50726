import pickle

import io

buf = io.BytesIO()
p = pickle.Pickler(buf, 2)
p.dump([1, 2])
p.dump("again")
print(buf.getvalue())
buf.seek(0)
u = pickle.Unpickler(buf)
print(u.load(), u.load())

class Persistent(pickle.Pickler):
    def persistent_id(self, obj):
        return "ID" if obj == "secret" else None

class Loader(pickle.Unpickler):
    def persistent_load(self, pid):
        return "restored " + pid

out = io.BytesIO()
Persistent(out, 2).dump(["public", "secret"])
print(out.getvalue())
out.seek(0)
print(Loader(out).load())
