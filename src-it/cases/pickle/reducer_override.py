import pickle

import io

class Replacing(pickle.Pickler):
    def reducer_override(self, obj):
        if obj == 3:
            return (int, ("33",))
        return NotImplemented

buf = io.BytesIO()
Replacing(buf, 4).dump([1, 3, "x"])
print(buf.getvalue())
print(pickle.loads(buf.getvalue()))
